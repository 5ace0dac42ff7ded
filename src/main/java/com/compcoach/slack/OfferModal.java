package com.compcoach.slack;

import com.compcoach.coach.OfferForm;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The "enter my offer" modal: its view, reading its submitted values, and mapping field errors to its blocks. */
final class OfferModal {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Block id to {@link OfferForm} field name, in the order the modal shows them. */
  private static final Map<String, String> FIELDS;

  static {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(BlockIds.BASE, OfferForm.BASE);
    fields.put(BlockIds.STOCK, OfferForm.STOCK);
    fields.put(BlockIds.STOCK_YEARS, OfferForm.STOCK_YEARS);
    fields.put(BlockIds.BONUS, OfferForm.BONUS);
    fields.put(BlockIds.SIGN_ON, OfferForm.SIGN_ON);
    fields.put(BlockIds.COMPETING, OfferForm.COMPETING);
    FIELDS = java.util.Collections.unmodifiableMap(fields);
  }

  /** The modal's view JSON; {@code thread} goes to {@code private_metadata} so the submission finds its thread. */
  String view(ThreadRef thread) {
    ObjectNode view = NODES.objectNode();
    view.put("type", "modal");
    view.put("callback_id", BlockIds.OFFER_VIEW);
    view.put("private_metadata", thread.encode());
    view.set("title", Blocks.plain("Enter my offer", 24));
    view.set("submit", Blocks.plain("Get my counter", 24));
    view.set("close", Blocks.plain("Cancel", 24));
    Blocks blocks = new Blocks();
    blocks.section("Figures a year unless you say otherwise, in the card's currency. Leave out what you don't know.");
    blocks.raw(input(BlockIds.BASE, "Base salary", "e.g. 180k"));
    blocks.raw(input(BlockIds.STOCK, "Stock", "a yearly figure (50k), or the whole grant (200k)"));
    blocks.raw(input(BlockIds.STOCK_YEARS, "Grant vests over", "years (4), or a schedule (25/25/25/25)"));
    blocks.raw(input(BlockIds.BONUS, "Bonus", "an amount (40k) or a percent of base (15%)"));
    blocks.raw(input(BlockIds.SIGN_ON, "Sign-on", "e.g. 20k"));
    blocks.raw(input(BlockIds.COMPETING, "Competing offer", "a total, e.g. 400k from Stripe"));
    ObjectNode letter = input(BlockIds.LETTER, "Or paste the offer letter",
        "the letter's text; it is read instead of the fields above, and not kept");
    ((ObjectNode) letter.get("element")).put("multiline", true);
    blocks.raw(letter);
    view.set("blocks", blocks.build());
    return view.toString();
  }

  /** The form as typed, from a view submission's {@code state.values} (block id → action id → element). */
  OfferForm read(Map<String, Map<String, String>> values) {
    return new OfferForm(value(values, BlockIds.BASE), value(values, BlockIds.STOCK),
        value(values, BlockIds.STOCK_YEARS), value(values, BlockIds.BONUS), value(values, BlockIds.SIGN_ON),
        value(values, BlockIds.COMPETING));
  }

  /** The pasted letter's text, or null when the field was left empty. */
  String letter(Map<String, Map<String, String>> values) {
    String text = value(values, BlockIds.LETTER);
    return text == null || text.isBlank() ? null : text;
  }

  /** Field errors keyed by the modal's block ids, as {@code response_action: errors} wants them. */
  Map<String, String> errors(Map<String, String> fieldErrors) {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach((blockId, field) -> {
      String error = fieldErrors.get(field);
      if (error != null) {
        out.put(blockId, error.length() > 150 ? error.substring(0, 149) + SlackText.ELLIPSIS : error);
      }
    });
    if (out.isEmpty() && !fieldErrors.isEmpty()) {
      // An error about no field in particular still needs a place to show: the first field.
      out.put(BlockIds.BASE, fieldErrors.values().iterator().next());
    }
    return out;
  }

  private static String value(Map<String, Map<String, String>> values, String blockId) {
    Map<String, String> block = values.get(blockId);
    return block == null ? null : block.get(blockId);
  }

  private static ObjectNode input(String id, String label, String hint) {
    ObjectNode block = NODES.objectNode();
    block.put("type", "input");
    block.put("block_id", id);
    block.put("optional", true);
    block.set("label", Blocks.plain(label, 2000));
    ObjectNode element = block.putObject("element");
    element.put("type", "plain_text_input");
    element.put("action_id", id);
    element.set("placeholder", Blocks.plain(hint, 150));
    return block;
  }
}
