package com.compcoach.guide;

/** The employer a guide is about: slug from the folder (e.g. "ally-financial") and display name. */
public record Company(String slug, String name) {}
