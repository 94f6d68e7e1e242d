package org.sescert.rating;

/** One critical element of an executive's plan: as named in the plan, its weight and its level. */
public record ElementRating(String element, int weight, int level) {
}
