// The Network view: the top-N actors (server-side aggregation), edges weighted by events and
// coloured by their dominant PLOVER quad class; clicking a node opens the actor page.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import cytoscape from 'cytoscape';
import { useI18n } from '../i18n.ts';
import { get, PLOVER, QUAD_COLOURS, type NetworkData } from '../api.ts';
import { ErrorBox, Loading, QuadLegend, useLoad } from '../components.tsx';

const TYPE_COLOURS: Record<string, string> = { PER: '#7e57c2', ORG: '#00897b', GPE: '#f9a825', LOC: '#ef6c00', FAC: '#6d8f8f' };

export function NetworkView(): ReactNode {
  const i = useI18n();
  const [topN, setTopN] = useState(30);
  const [shown, setShown] = useState(30);
  const [type, setType] = useState('');
  const { data, error, loading } = useLoad((s) => get<NetworkData>('/api/network', { topN: shown, type: type || undefined }, s), [shown, type]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || !data) return;
    const maxW = Math.max(1, ...data.edges.map((e) => e.weight));
    const maxN = Math.max(1, ...data.nodes.map((n) => n.events));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: i.name(n, n.id), size: 18 + 42 * Math.sqrt(n.events / maxN), colour: TYPE_COLOURS[n.type] ?? '#888' } })),
        ...data.edges.map((e, k) => ({
          data: { id: `e${k}`, source: e.source, target: e.target, width: 1 + 9 * Math.log1p(e.weight) / Math.log1p(maxW), colour: QUAD_COLOURS[e.quad], weight: e.weight },
        })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 13, 'font-family': '"Noto Sans Arabic", "Noto Naskh Arabic", system-ui, sans-serif', 'text-valign': 'bottom', 'text-margin-y': 4, color: '#222', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.75 } },
        { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      ],
      layout: { name: data.nodes.length > 150 ? 'concentric' : 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as cytoscape.LayoutOptions,
    });
    cy.on('tap', 'node', (ev) => { window.location.hash = `#/actor/${encodeURIComponent(ev.target.id())}`; });
    (window as unknown as { __marsadCy?: cytoscape.Core }).__marsadCy = cy;
    return () => cy.destroy();
  }, [data, i]);
  return (
    <div className="view network">
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setShown(topN); }}>
        <label><span className="field-label">{i.t('topN')}: <b>{topN}</b></span>
          <input type="range" min={5} max={200} step={5} value={topN} onChange={(e) => setTopN(Number(e.target.value))} onMouseUp={() => setShown(topN)} onKeyUp={() => setShown(topN)} onTouchEnd={() => setShown(topN)} data-testid="topn" />
        </label>
        <label><span className="field-label">{i.t('type')}</span>
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{i.t('any')}</option>
            {PLOVER.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <QuadLegend />
      </form>
      <p className="muted small">{i.t('networkHelp')}</p>
      <ErrorBox error={error} />
      <Loading on={loading} />
      <div className="cy" ref={box} data-testid="network" data-nodes={data?.nodes.length ?? 0} data-edges={data?.edges.length ?? 0} />
    </div>
  );
}
