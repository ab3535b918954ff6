/** Reachability: callbacks and the call card, invitations, the responsibility directory, the reachability trial. */
package de.nahbar.reach.service;
