package com.compcoach.guide;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * An inline parser that keeps each block's text as one text node. The reader works from every block's source
 * text (figures, code spans, quotes are read from it), never from inline nodes, so full inline parsing would only
 * cost time: with 10,000 guides it is a tenth of the load.
 */
final class SourceTextInlines extends InlineParserImpl {

  SourceTextInlines(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
        inlineParserExtensions);
  }

  /** True while the tables extension splits a row into cells: that pass needs the real inline parser. */
  private boolean custom;

  @Override
  public List<Node> parseCustom(BasedSequence input, Node node, BitSet customCharacters,
      Map<Character, CharacterNodeFactory> nodeFactoryMap) {
    custom = true;
    try {
      return super.parseCustom(input, node, customCharacters, nodeFactoryMap);
    } finally {
      custom = false;
    }
  }

  @Override
  public void parse(BasedSequence input, Node node) {
    if (custom) {
      super.parse(input, node);
    } else if (!input.isEmpty()) {
      node.appendChild(new Text(input));
    }
  }
}
