package com.compcoach.guide;

/** A skill or context premium the guide names, with its amount range in the guide's HQ currency. */
public record Premium(String title, String text, Range amount, int line) {}
