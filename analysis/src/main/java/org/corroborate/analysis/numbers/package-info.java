/** Numbers that matter: counts with the counted noun and the event, distances, money, percentages, durations. */
package org.corroborate.analysis.numbers;
