import { useEffect, useState } from 'react';

const IS_H5 = process.env.TARO_ENV === 'h5';

const current = (): number | null => (IS_H5 && typeof window !== 'undefined' ? window.innerWidth : null);

/** The browser window's width in CSS pixels, followed as the window is resized; null in WeChat (no window). */
export function useViewportWidth(): number | null {
  const [width, setWidth] = useState(current);
  useEffect(() => {
    if (!IS_H5) return;
    const update = () => setWidth(current());
    window.addEventListener('resize', update);
    update();
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}
