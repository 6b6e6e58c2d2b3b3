package org.corroborate.model;

/** What an actor or place is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** A country, region or city. Used as a speaker ("Kyiv has denied") it stands for its government. */
  GPE,
  /** A place that is not a polity: a village, a river, a border post. */
  LOCATION,
  MISC
}
