package com.compcoach.guide;

/** The readers a paragraph or a list item is handed to once it is known what it holds. */
record ItemReaders(LeverReader levers, PremiumReader premiums, ProseRegions regions, RelativeRegions relatives) {}
