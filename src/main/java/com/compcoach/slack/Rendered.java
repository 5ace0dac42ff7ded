package com.compcoach.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A reply as Slack takes it: Block Kit blocks and the plain fallback text notifications show.
 *
 * @param text   the fallback, already escaped
 * @param blocks the blocks, within Block Kit's limits
 */
record Rendered(String text, ArrayNode blocks) {}
