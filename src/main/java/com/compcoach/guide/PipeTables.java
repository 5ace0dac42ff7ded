package com.compcoach.guide;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's tables extension, set up for reading thousands of guides: the same paragraph pre-processor the
 * extension registers, but made once per parser instead of once per document (making one formats and compiles a
 * regular expression), and offered only paragraphs whose first line holds a pipe. It returns at once for any other
 * paragraph, but only after scanning that line through flexmark's character sequence layers (about 5% of a parse).
 * The pre-processor keeps no state between paragraphs, so one instance serves every document and thread.
 */
final class PipeTables implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
  }

  /** Wraps the extension's factory: same dependencies, one shared pre-processor, pipe paragraphs only. */
  private static final class Factory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables;
    private volatile ParagraphPreProcessor shared;

    Factory(ParagraphPreProcessorFactory tables) {
      this.tables = tables;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      return (paragraph, parserState) -> firstLineHasPipe(paragraph)
          ? shared(parserState).preProcessBlock(paragraph, parserState) : 0;
    }

    private ParagraphPreProcessor shared(ParserState state) {
      ParagraphPreProcessor p = shared;
      if (p == null) {
        // Every document of one parser has the parser's options, so the first document's pre-processor fits all.
        p = tables.apply(state);
        shared = p;
      }
      return p;
    }

    private static boolean firstLineHasPipe(Paragraph paragraph) {
      return paragraph.getLineCount() > 0 && MarkdownText.source(paragraph.getLineChars(0)).indexOf('|') >= 0;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return tables.affectsGlobalScope();
    }
  }
}
