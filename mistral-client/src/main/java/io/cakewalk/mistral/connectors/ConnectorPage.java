package io.cakewalk.mistral.connectors;

import java.util.List;

/**
 * One page of connectors ({@code PaginatedConnectors}).
 *
 * @param items the connectors
 * @param nextCursor cursor of the next page, or {@code null} on the last page
 */
public record ConnectorPage(List<Connector> items, String nextCursor) {

  public ConnectorPage {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
