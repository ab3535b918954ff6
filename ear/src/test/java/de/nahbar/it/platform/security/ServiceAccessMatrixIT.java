package de.nahbar.it.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.Identities;
import de.nahbar.it.fixtures.TestStaff;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ServerLog;
import de.nahbar.staff.domain.Role;

/**
 * The role half of the access matrix, for every service there is and every one still to come:
 * each public method of each session bean of nahbar's EJB module is called as a member of staff
 * of each role its {@code @RolesAllowed} does not name, and must be refused by the container before
 * it runs. Found through JNDI, so a new service is in the matrix without anyone adding it. The
 * data-level half (caseload, deputy period, measure ownership) is tried in each context's tests.
 */
class ServiceAccessMatrixIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ServiceAccessMatrixIT.class);
    }

    @Test
    void everyServiceMethodRefusesEveryRoleItDoesNotName() throws Exception {
        Map<Role, SecurityIdentity> asRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            asRole.put(role, Identities.login(staff.newMember(null, role), TestStaff.PASSWORD));
        }
        ServerLog log = ServerLog.mark();
        InitialContext jndi = new InitialContext();
        List<String> notRefused = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        int cells = 0;
        NamingEnumeration<NameClassPair> beans = jndi.list("java:app/nahbar-ejb");
        while (beans.hasMore()) {
            String name = beans.next().getName();
            if (!name.contains("!")) {
                continue;
            }
            Class<?> bean = Class.forName(
                    name.substring(name.indexOf('!') + 1),
                    true,
                    Thread.currentThread().getContextClassLoader());
            Object proxy = jndi.lookup("java:app/nahbar-ejb/" + name);
            for (Method method : businessMethods(bean)) {
                Set<Role> allowed = allowed(bean, method);
                if (allowed == null) {
                    unguarded.add(bean.getSimpleName() + "." + method.getName());
                    continue;
                }
                for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowedOrNone(allowed)))) {
                    cells++;
                    if (!refused(asRole.get(role), proxy, method)) {
                        notRefused.add(role + " → " + bean.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(unguarded)
                .as("public service methods with neither @RolesAllowed nor @PermitAll")
                .isEmpty();
        assertThat(notRefused).as("forbidden cells that were not refused").isEmpty();
        // the matrix is not empty by accident: there are hundreds of forbidden cells
        assertThat(cells).isGreaterThan(300);
        // a refusal is the caller's mistake, not a failure: nothing at ERROR that would bury real errors
        assertThat(log.errors()).isEmpty();
    }

    /** The public methods a client can call; business interfaces are the bean class itself (no-interface view). */
    private static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(m ->
                        Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .toList();
    }

    /** The roles allowed to call; {@code EnumSet.allOf} for @PermitAll; null when nothing says. */
    private static Set<Role> allowed(Class<?> bean, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : bean.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return bean.isAnnotationPresent(PermitAll.class) ? EnumSet.allOf(Role.class) : null;
        }
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.value()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private static Set<Role> allowedOrNone(Set<Role> allowed) {
        return allowed.isEmpty() ? EnumSet.noneOf(Role.class) : allowed;
    }

    /** Called with empty arguments: a refusal comes before any argument is looked at. */
    private static boolean refused(SecurityIdentity identity, Object proxy, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(ServiceAccessMatrixIT::empty)
                .toArray();
        Callable<Object> call = () -> method.invoke(proxy, arguments);
        try {
            identity.runAs(call);
            return false;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0f;
        }
        return type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
    }
}
