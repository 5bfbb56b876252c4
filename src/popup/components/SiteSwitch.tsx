// The compact per-site control: Bounce Lens on or off for this supported webmail/ESP site
// (settings.disabledSites, read by the content script and the background).

import { useEnv } from '../env.ts';

export interface SiteControl {
  host: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
}

export function SiteSwitch({ host, enabled, onToggle }: SiteControl) {
  const { t } = useEnv();
  return (
    <label class="site-switch">
      <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
      <span>{t('site_switch', host)}</span>
    </label>
  );
}
