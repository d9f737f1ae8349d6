package nl.signaal.refresher;

import nl.signaal.content.RefresherItem;

/** What a micro-refresher asks: an item from the refresher bank, or a decision point from a case simulation. */
sealed interface Asked permits Asked.Item, DecisionPoint {

    /** The entry in the session's item list: the item id, or the decision point's path. */
    String key();

    record Item(RefresherItem item) implements Asked {
        @Override
        public String key() {
            return item.id();
        }
    }
}
