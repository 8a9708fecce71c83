package org.concertation.core.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one type is written to a JSON tree and read back from one. {@link Mappings} builds them and
 * {@link TreeMapper} holds the api's, one written out by hand per type.
 *
 * @param <T> the type
 */
interface Mapping<T> {
  /**
   * The value as a tree.
   *
   * @param value the value
   * @return its tree
   */
  JsonNode write(T value);

  /**
   * The value that a tree holds.
   *
   * @param node the tree, present (it may be a JSON {@code null})
   * @param path where the tree is, from the document's root, for messages
   * @return the value
   * @throws JsonCodecException if the tree is not one of this type's values
   */
  T read(JsonNode node, String path);

  /**
   * What a tree of this type is, in the words of the messages: {@code "a string"}.
   *
   * @return the description
   */
  String expected();
}
