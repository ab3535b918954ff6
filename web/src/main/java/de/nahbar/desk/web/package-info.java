/** Pages that combine several contexts for one person's day (Mein Tag); owns no data, calls the services below. */
package de.nahbar.desk.web;
