package com.compcoach.coach;

import java.util.Optional;

/** What an intent's answer gets: the message in its context, with what was read of it. */
record Talk(Conversation conversation, Optional<Scene> scene, Intent intent, String text, Reading reading,
            Venue venue) {}
