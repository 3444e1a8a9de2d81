import { Canvas } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MonthFigures } from '@lingjuli/shared';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { echarts, type ChartOption } from '@/components/measures/echarts';
import { rateTrendOption } from '@/utils/measures/trend';
import './TrendChart.scss';

/** WeChat's `<canvas type="2d">` node, as far as we use it. */
interface CanvasNode {
  width: number;
  height: number;
  getContext: (kind: '2d') => unknown;
  createImage?: () => { onload: unknown; onerror: unknown; src: string };
}

/**
 * What ECharts draws on in WeChat: the canvas node behind the element ECharts expects (no DOM
 * there), as Apache's own ec-canvas component does — its context, its size, and no-op listeners.
 */
function chartCanvas(node: CanvasNode) {
  return {
    getContext: (kind: '2d') => node.getContext(kind),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    attachEvent: () => undefined,
    detachEvent: () => undefined,
    set width(w: number) {
      node.width = w;
    },
    get width() {
      return node.width;
    },
    set height(h: number) {
      node.height = h;
    },
    get height() {
      return node.height;
    },
  };
}

interface TouchEventLike {
  touches: { x: number; y: number }[];
  changedTouches?: { x: number; y: number }[];
}

/** The canvas node once WeChat has laid it out (the first render's setData may still be on its way). */
function findCanvas(id: string, tries = 10): Promise<{ node: CanvasNode; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: ({ node: CanvasNode; width: number; height: number } | null)[]) => {
        const found = res?.[0];
        if (found?.node) resolve(found);
        else if (tries > 0) setTimeout(() => void findCanvas(id, tries - 1).then(resolve), 60);
        else resolve(null);
      });
  });
}

/**
 * WeChat's chart of a scope's twelve months (the browser's is TrendChart.h5.tsx): ECharts on a
 * `<canvas type="2d">`, touches passed on for the tooltip.
 */
export function TrendChart({ id, trend }: { id: string; trend: readonly MonthFigures[] }) {
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(trend);
  useLayoutEffect(() => {
    latest.current = trend;
  });

  useEffect(() => {
    let disposed = false;
    void findCanvas(id).then((found) => {
      if (!found || disposed) return;
      const canvas = chartCanvas(found.node);
      echarts.setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement });
      const instance = echarts.init(canvas as unknown as HTMLElement, undefined, {
        width: found.width,
        height: found.height,
        devicePixelRatio: Taro.getSystemInfoSync().pixelRatio,
      });
      instance.setOption(rateTrendOption(latest.current, 10) as ChartOption);
      chart.current = instance;
    });
    return () => {
      disposed = true;
      chart.current?.dispose();
      chart.current = null;
    };
  }, [id]);

  useEffect(() => {
    chart.current?.setOption(rateTrendOption(trend, 10) as ChartOption, true);
  }, [trend]);

  const touch = useCallback((kind: 'mousedown' | 'mousemove' | 'mouseup', e: TouchEventLike) => {
    const t = e.touches[0] ?? e.changedTouches?.[0];
    if (!chart.current || !t) return;
    const handler = (chart.current.getZr() as unknown as { handler: { dispatch: (name: string, event: object) => void } }).handler;
    const event = { zrX: t.x, zrY: t.y, preventDefault: () => undefined, stopImmediatePropagation: () => undefined, stopPropagation: () => undefined };
    handler.dispatch(kind, event);
    if (kind === 'mouseup') handler.dispatch('click', event);
  }, []);

  return (
    <Canvas
      type='2d'
      id={id}
      canvasId={id}
      className='trend-chart'
      onTouchStart={(e) => touch('mousedown', e)}
      onTouchMove={(e) => touch('mousemove', e)}
      onTouchEnd={(e) => touch('mouseup', e)}
    />
  );
}
