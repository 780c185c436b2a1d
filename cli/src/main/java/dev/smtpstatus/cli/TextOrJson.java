package dev.smtpstatus.cli;

/**
 * The output formats of the commands that print what they read ({@code parse}, {@code bounce}):
 * text for people, or one JSON object per line for programs.
 */
enum TextOrJson {
  text,
  json
}
