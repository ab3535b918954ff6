package de.nahbar.reach.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** nahbar's REST interface for other systems of the Jobcenter, such as the telephone system (CTI). */
@ApplicationPath("api")
public class NahbarApi extends Application {}
