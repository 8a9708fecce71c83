/**
 * JSON for events, commands and charters: {@link org.concertation.core.json.JsonCodec}. The mapping
 * is documented in the resource {@code org/concertation/core/json/mapping.md} shipped in this jar.
 *
 * <p>This package needs Jackson (jackson-databind), an optional dependency of concertation-core: a
 * host that uses it declares jackson-databind itself.
 */
@NullMarked
package org.concertation.core.json;

import org.jspecify.annotations.NullMarked;
