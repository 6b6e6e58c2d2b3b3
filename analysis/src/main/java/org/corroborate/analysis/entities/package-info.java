/** Actors and places of one article: proper names typed with NER plus curated gazetteers (places that speak for governments, news agencies, platforms), merged per actor by rule-based coreference (names, roles, appositives, pronouns), with the descriptors the article uses for each. */
package org.corroborate.analysis.entities;
