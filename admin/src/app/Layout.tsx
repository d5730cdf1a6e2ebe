import { useEffect, type ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PickersProvider } from '../ui/pickers';
import { AppMenu } from './Menu';

/**
 * The browser tab says which page it is ("服务项目 · 邻里"), not "邻里" on every page: the tab follows the
 * title react-admin writes into the app bar (its `#react-admin-title` portal), whatever page writes it.
 */
function useTabTitle(): void {
  useEffect(() => {
    const bar = document.getElementById('react-admin-title');
    if (!bar) return;
    const follow = () => {
      const text = bar.textContent?.trim();
      document.title = text ? `${text} · 邻里` : '邻里';
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(bar, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}

export const AppLayout = ({ children }: { children: ReactNode }) => {
  useTabTitle();
  return (
    <PickersProvider>
      <Layout menu={AppMenu}>{children}</Layout>
    </PickersProvider>
  );
};
