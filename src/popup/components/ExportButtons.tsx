// Export the bounces shown as CSV or JSON: a Blob download, nothing leaves the machine.

import { useEnv } from '../env.ts';
import { exportName, toCsv, toJson, type ExportRow } from '../export.ts';
import { plural } from '../i18n.ts';

export function ExportButtons({ rows }: { rows: readonly ExportRow[] }) {
  const { t, saveFile, now, announce } = useEnv();
  if (rows.length === 0) return null;
  const what = plural(t, rows.length, 'count_bounce_one', 'count_bounce_other');
  const save = (ext: 'csv' | 'json') => {
    const name = exportName(now(), ext);
    saveFile(name, ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', ext === 'csv' ? toCsv(rows) : toJson(rows));
    announce(t('exported', name));
  };
  return (
    <div class="export" role="group" aria-label={t('export_label', what)}>
      <span class="muted small" aria-hidden="true">
        {t('export_label', what)}
      </span>
      <button type="button" class="btn" onClick={() => save('csv')}>
        {t('export_csv')}
      </button>
      <button type="button" class="btn" onClick={() => save('json')}>
        {t('export_json')}
      </button>
    </div>
  );
}
