import dagre from '@dagrejs/dagre'

export const NODE_WIDTH = 180
export const NODE_HEIGHT = 56

/** Top-to-bottom positions (top-left corners) for the graph's nodes, computed by dagre; never stored in the files. */
export function layoutGraph(
  nodes: string[],
  edges: { source: string; target: string }[],
): Record<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70 })
  graph.setDefaultEdgeLabel(() => ({}))
  for (const id of nodes) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  const known = new Set(nodes)
  for (const edge of edges) if (known.has(edge.source) && known.has(edge.target)) graph.setEdge(edge.source, edge.target)
  dagre.layout(graph)
  const positions: Record<string, { x: number; y: number }> = {}
  for (const id of nodes) {
    const placed = graph.node(id)
    positions[id] = { x: (placed?.x ?? 0) - NODE_WIDTH / 2, y: (placed?.y ?? 0) - NODE_HEIGHT / 2 }
  }
  return positions
}
