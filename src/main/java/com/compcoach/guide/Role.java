package com.compcoach.guide;

/** The role a guide is about: slug from the file name and title from the heading or frontmatter. */
public record Role(String slug, String title) {}
