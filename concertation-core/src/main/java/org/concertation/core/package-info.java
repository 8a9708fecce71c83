/**
 * Ready-made charters: {@link org.concertation.core.Charters#projectLogic()} and {@link
 * org.concertation.core.Charters#missionLogic()}.
 */
@NullMarked
package org.concertation.core;

import org.jspecify.annotations.NullMarked;
