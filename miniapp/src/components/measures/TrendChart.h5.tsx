import type { MonthFigures } from '@lingjuli/shared';
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from '@/components/measures/echarts';
import { rateTrendOption } from '@/utils/measures/trend';
import './TrendChart.scss';

/**
 * The browser's chart of a scope's twelve months (see TrendChart.tsx for WeChat's): ECharts in a
 * plain element, redrawn when the figures change and resized with the window.
 */
export function TrendChart({ id, trend }: { id: string; trend: readonly MonthFigures[] }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(rateTrendOption(trend) as ChartOption, true);
  }, [trend]);

  return <div id={id} ref={box} className='trend-chart' />;
}
