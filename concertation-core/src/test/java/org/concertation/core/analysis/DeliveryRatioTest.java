package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.junit.jupiter.api.Test;

/** The run's facts hold the delivery ratio of each kind of means that was committed. */
class DeliveryRatioTest {
  @Test
  void theDeliveryRatioIsDeliveredOverCommittedKindByKind() throws Exception {
    URL url = getClass().getResource("/org/concertation/core/json/golden/v5-events-means.jsonl");
    assertThat(url).as("the golden log of means").isNotNull();
    VerifiedLog log = EventLog.create().read(Path.of(url.toURI()));

    RunFacts facts = RunFacts.of(ProcessHistory.of(log.charter(), log.events()));

    // 24 hours delivered of 20 committed; 2500.00 euros of 3000
    assertThat(facts.deliveryRatio).containsOnlyKeys(ResourceKind.MONEY, ResourceKind.HOURS);
    assertThat(facts.deliveryRatio.get(ResourceKind.HOURS)).isEqualByComparingTo("1.2");
    assertThat(facts.deliveryRatio.get(ResourceKind.MONEY))
        .isEqualByComparingTo("0.8333333333333333");
  }
}
