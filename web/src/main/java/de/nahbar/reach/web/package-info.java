/** Reachability: call card and lookup, invitation letters, settings, the CTI and REST interface, the trial page. */
package de.nahbar.reach.web;
