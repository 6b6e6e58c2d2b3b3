package org.corroborate.ingest.feed;

import org.corroborate.ingest.support.Urls;

/** The fields of one feed item or entry as read, before it becomes an article. */
final class FeedItem {
  String title;
  String titleType;
  String link;
  String guid;
  String guidLink;
  String date;
  String dateField;
  int dateRank = 99;
  String author;
  String content;
  String contentType;
  String summary;
  String summaryType;

  void set(String field, String type, String value) {
    switch (field) {
      case "title" -> {
        title = value;
        titleType = type;
      }
      case "link" -> link = link == null && !value.isBlank() ? value.strip() : link;
      case "guid", "id" -> {
        guid = value.strip();
        guidLink = Urls.httpUrl(guid);
      }
      case "pubDate", "published", "date", "issued" -> setDate(field, value, 0);
      case "updated", "modified" -> setDate(field, value, 1);
      case "author", "creator" -> author = author == null && !value.isBlank() ? value.strip() : author;
      case "encoded", "content" -> {
        if (!value.isBlank()) {
          content = value;
          contentType = type;
        }
      }
      case "description", "summary" -> {
        if (!value.isBlank()) {
          summary = value;
          summaryType = type;
        }
      }
      default -> { }
    }
  }

  void setDate(String field, String value, int rank) {
    if (rank < dateRank && !value.isBlank()) {
      date = value.strip();
      dateField = field;
      dateRank = rank;
    }
  }
}
