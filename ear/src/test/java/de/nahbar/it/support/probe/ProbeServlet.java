package de.nahbar.it.support.probe;

import java.io.IOException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Deployed only by the HTTP load benchmark, beside nahbar: {@code /nahbar-probe/ping} is the
 * minimal servlet a page is compared with (a few bytes, no session, no Faces);
 * {@code /nahbar-probe/statements} tells how many SQL statements nahbar's persistence unit has
 * prepared so far, with {@code ?on} and {@code ?off} switching Hibernate's statistics, which
 * are off in production.
 */
@WebServlet(urlPatterns = {"/ping", "/statements"})
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceUnit
    private transient EntityManagerFactory emf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("/ping".equals(request.getServletPath())) {
            response.getWriter().write("ok");
            return;
        }
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        if (request.getParameter("on") != null) {
            statistics.clear();
            statistics.setStatisticsEnabled(true);
        } else if (request.getParameter("off") != null) {
            statistics.setStatisticsEnabled(false);
        }
        response.getWriter().write(Long.toString(statistics.getPrepareStatementCount()));
    }
}
