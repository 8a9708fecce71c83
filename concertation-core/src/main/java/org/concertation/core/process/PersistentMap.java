package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map that shares structure with the map it was made from: {@link #plus} copies
 * only the path to one entry (a hash array mapped trie of 32-way nodes), so adding to a map of a
 * million entries costs a few small array copies. Entries are never removed; a process only grows.
 *
 * <p>Null keys and values are refused. Iteration order is unspecified but stable for equal maps
 * built the same way. Equality is that of {@link Map}. This class is immutable and thread-safe.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class PersistentMap<K, V> extends AbstractMap<K, V> {
  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(new Object[0], 0, 0);

  /**
   * The root: a bitmap node. Each node is {@code Object[]}: key and value (or null and a child).
   */
  private final Object[] root;

  private final int bitmap;
  private final int size;
  private @Nullable ImmutableList<Entry<K, V>> entries;

  private PersistentMap(Object[] root, int bitmap, int size) {
    this.root = root;
    this.bitmap = bitmap;
    this.size = size;
  }

  /**
   * The empty map.
   *
   * @param <K> the keys
   * @param <V> the values
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  private static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    if (key == null) {
      return null;
    }
    int hash = hash(key);
    Object[] array = root;
    int map = bitmap;
    int shift = 0;
    while (true) {
      int bit = 1 << ((hash >>> shift) & 31);
      if ((map & bit) == 0) {
        return null;
      }
      int index = 2 * Integer.bitCount(map & (bit - 1));
      Object k = array[index];
      Object v = array[index + 1];
      if (k instanceof Collision collision) {
        return (V) collision.get(key);
      }
      if (k != null) {
        return key.equals(k) ? (V) v : null;
      }
      Node child = (Node) v;
      array = child.array;
      map = child.bitmap;
      shift += 5;
    }
  }

  /**
   * A map with one more entry, or with this key's value replaced.
   *
   * @param key the key
   * @param value the value
   * @return the new map, or this map if the key already had this value
   */
  public PersistentMap<K, V> plus(K key, V value) {
    checkNotNull(key, "key must not be null");
    checkNotNull(value, "value must not be null");
    boolean[] added = {false};
    Node node = insert(new Node(bitmap, root), 0, hash(key), key, value, added);
    if (node.array == root) {
      return this;
    }
    return new PersistentMap<>(node.array, node.bitmap, added[0] ? size + 1 : size);
  }

  /** A trie node below the root. */
  private static final class Node {
    final int bitmap;
    final Object[] array;

    Node(int bitmap, Object[] array) {
      this.bitmap = bitmap;
      this.array = array;
    }
  }

  /** Keys whose spread hashes are equal, kept as key, value pairs. */
  private static final class Collision {
    final int hash;
    final Object[] pairs;

    Collision(int hash, Object[] pairs) {
      this.hash = hash;
      this.pairs = pairs;
    }

    @Nullable Object get(Object key) {
      for (int i = 0; i < pairs.length; i += 2) {
        if (key.equals(pairs[i])) {
          return pairs[i + 1];
        }
      }
      return null;
    }
  }

  private static Node insert(
      Node node, int shift, int hash, Object key, Object value, boolean[] added) {
    int bit = 1 << ((hash >>> shift) & 31);
    int index = 2 * Integer.bitCount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) == 0) {
      Object[] array = new Object[node.array.length + 2];
      System.arraycopy(node.array, 0, array, 0, index);
      array[index] = key;
      array[index + 1] = value;
      System.arraycopy(node.array, index, array, index + 2, node.array.length - index);
      added[0] = true;
      return new Node(node.bitmap | bit, array);
    }
    Object k = node.array[index];
    Object v = node.array[index + 1];
    Object newKey;
    Object newValue;
    if (k instanceof Collision collision) {
      newKey = withCollision(collision, key, value, added);
      newValue = null;
      if (newKey == collision) {
        return node;
      }
    } else if (k == null) {
      Node child = (Node) v;
      Node newChild = insert(child, shift + 5, hash, key, value, added);
      if (newChild == child) {
        return node;
      }
      newKey = null;
      newValue = newChild;
    } else if (key.equals(k)) {
      if (value.equals(v)) {
        return node;
      }
      newKey = k;
      newValue = value;
    } else {
      int otherHash = hash(k);
      added[0] = true;
      if (otherHash == hash) {
        newKey = new Collision(hash, new Object[] {k, v, key, value});
        newValue = null;
      } else {
        newKey = null;
        newValue = pair(shift + 5, otherHash, k, v, hash, key, value);
      }
    }
    Object[] array = node.array.clone();
    array[index] = newKey;
    array[index + 1] = newValue;
    return new Node(node.bitmap, array);
  }

  private static Collision withCollision(
      Collision collision, Object key, Object value, boolean[] added) {
    Object[] pairs = collision.pairs;
    for (int i = 0; i < pairs.length; i += 2) {
      if (key.equals(pairs[i])) {
        if (value.equals(pairs[i + 1])) {
          return collision;
        }
        Object[] copy = pairs.clone();
        copy[i + 1] = value;
        return new Collision(collision.hash, copy);
      }
    }
    Object[] copy = new Object[pairs.length + 2];
    System.arraycopy(pairs, 0, copy, 0, pairs.length);
    copy[pairs.length] = key;
    copy[pairs.length + 1] = value;
    added[0] = true;
    return new Collision(collision.hash, copy);
  }

  /** A node holding two entries whose hashes differ, nested until their 5-bit chunks differ. */
  private static Node pair(
      int shift, int hash1, Object k1, Object v1, int hash2, Object k2, Object v2) {
    int bit1 = 1 << ((hash1 >>> shift) & 31);
    int bit2 = 1 << ((hash2 >>> shift) & 31);
    if (bit1 == bit2) {
      return new Node(bit1, new Object[] {null, pair(shift + 5, hash1, k1, v1, hash2, k2, v2)});
    }
    return Integer.compareUnsigned(bit1, bit2) < 0
        ? new Node(bit1 | bit2, new Object[] {k1, v1, k2, v2})
        : new Node(bit1 | bit2, new Object[] {k2, v2, k1, v1});
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    ImmutableList<Entry<K, V>> all = entries;
    if (all == null) {
      ImmutableList.Builder<Entry<K, V>> builder = ImmutableList.builderWithExpectedSize(size);
      collect(root, builder);
      all = builder.build();
      entries = all;
    }
    ImmutableList<Entry<K, V>> list = all;
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return list.iterator();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <K, V> void collect(Object[] array, ImmutableList.Builder<Entry<K, V>> into) {
    for (int i = 0; i < array.length; i += 2) {
      Object k = array[i];
      if (k instanceof Collision collision) {
        for (int j = 0; j < collision.pairs.length; j += 2) {
          into.add(Map.entry((K) collision.pairs[j], (V) collision.pairs[j + 1]));
        }
      } else if (k == null) {
        collect(((Node) array[i + 1]).array, into);
      } else {
        into.add(Map.entry((K) k, (V) array[i + 1]));
      }
    }
  }

  @Override
  public V put(K key, V value) {
    throw new UnsupportedOperationException("PersistentMap is immutable: use plus(key, value)");
  }
}
