package io.billcycle.collections;

/** One of an organization's collection statuses, and where it leads after how many days (none: it stays). */
public record CollectionStatus(String code, String description, Integer daysToRemain, String nextStatusCode) {
}
