package org.corroborate.model;

/** How an entity is mentioned: by name ("Gladkov"), description ("the governor") or pronoun ("he"). */
public enum MentionKind { NAME, NOMINAL, PRONOUN }
