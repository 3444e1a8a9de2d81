/**
 * The chart library of the measures: Apache ECharts, built from its parts (line charts, grid,
 * legend, tooltip, the canvas renderer), so only those are bundled.
 *
 * Why ECharts: it is the best-kept chart library that runs in both of our builds — maintained by
 * the Apache foundation, released regularly, used by millions — and draws in the browser (a DOM
 * element) and in WeChat (a `<canvas type="2d">` node, through setPlatformAPI, the way its own
 * ec-canvas component does) from one option object. F2 (@antv/f2) was the other candidate: lighter,
 * but its mini-program binding is a native component outside Taro and its JSX clashes with React's.
 *
 * Only the measures subpackage imports this module (the chart components beside it); ESLint
 * refuses `echarts` anywhere else, so the residents' main package never carries it.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];
