package dev.smtpstatus;

/**
 * The limits a {@link ReplyParser} reads within, as its {@link ReplyAssembler} and {@link
 * ReplyReader} need them: the longest line and reply in characters (line endings not counted) and
 * the most lines a reply may have. The parser's builder has checked them.
 */
record ReplyLimits(int maxLineLength, int maxLines, int maxReplyLength) {}
