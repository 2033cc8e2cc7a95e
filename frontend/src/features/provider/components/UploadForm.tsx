import { useState } from 'react';
import { panelSubmissionSourceValues } from '../../../api/schema';
import { fieldError, optionsOf, type Option } from '../../../components/fields';
import { Form, SelectField, SubmitRow } from '../../../components/form';
import type { Schemas } from '../../../lib/api';
import { words } from '../../../lib/format';
import { useUploadPanelFile } from '../api/panel-submissions';

const MODES: Option<Schemas['PanelSubmissionMode']>[] = [
  { value: 'APPLY_VALID_ROWS', label: 'Apply the valid rows' },
  { value: 'ALL_OR_NOTHING', label: 'Change nothing (all or nothing)' },
];

/** Upload a panel file from the billing system; the file is processed in the background. */
export function UploadForm({ providerId, onUploaded }: { providerId: string; onUploaded: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Schemas['PanelSubmissionMode']>('APPLY_VALID_ROWS');
  const [source, setSource] = useState<Schemas['PanelSubmissionSource']>('TELEPLAN');
  const [missing, setMissing] = useState(false);
  const upload = useUploadPanelFile(providerId);
  const fileError = missing ? 'Choose a file to upload.' : fieldError(upload.error, 'file');
  const submit = () => {
    setMissing(!file);
    if (file) upload.mutate({ file, mode, source }, { onSuccess: (submission) => onUploaded(submission.id) });
  };
  return (
    <Form className="pas-form" aria-labelledby="upload-heading" onSubmit={submit}>
      <h2 id="upload-heading">Upload a panel file</h2>
      <p>
        The CSV file from your billing system, with the header <code>phn,surname,given_names,date_of_birth,gender,postal_code</code>.
        It replaces your panel; patients attached through PAS and those added by hand in the last 90 days are kept.
      </p>
      <div className={`pas-field${missing ? ' pas-field--invalid' : ''}`}>
        <label htmlFor="panel-file">Panel file (CSV, at most 10 MB)</label>
        <input
          id="panel-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={missing ? 'panel-file-error' : undefined}
          aria-invalid={missing || undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {fileError && (
          <p id="panel-file-error" className="pas-field-error">
            {fileError}
          </p>
        )}
      </div>
      <SelectField label="If some rows have problems" value={mode} onChange={setMode} options={MODES} />
      <SelectField label="Billing system" value={source} onChange={setSource} options={optionsOf(panelSubmissionSourceValues, words)} />
      <SubmitRow label="Upload" pending={upload.isPending} error={upload.error} errorTitle="Not uploaded" />
    </Form>
  );
}
