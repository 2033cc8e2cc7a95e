import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import { formatDateTime, words } from '../../../lib/format';
import { useRecentSubmissions } from '../api/panel-submissions';
import { SubmissionView } from '../components/SubmissionView';
import { UploadForm } from '../components/UploadForm';
import { useProviderId } from './useProviderId';

/** /providers/:providerId/panel-files: upload a panel file, follow it, and the recent uploads. */
export function PanelFilesPage() {
  const providerId = useProviderId();
  const [current, setCurrent] = useState<string>();
  const submissions = useRecentSubmissions(providerId);
  return (
    <>
      <PageTitle>Panel files</PageTitle>
      <UploadForm providerId={providerId} onUploaded={setCurrent} />
      {current && <SubmissionView key={current} providerId={providerId} submissionId={current} />}
      <section aria-labelledby="previous-heading">
        <h2 id="previous-heading">Recent uploads</h2>
        <QueryView query={submissions} what="the uploads">
          {(data) =>
            data.items.length === 0 ? (
              <Empty>No files uploaded yet.</Empty>
            ) : (
              <Table caption="Recent panel files" columns={['File', 'Uploaded', 'Status', 'Added / removed / rejected']}>
                {data.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Button variant="link" onPress={() => setCurrent(s.id)}>
                        {s.fileName}
                      </Button>
                    </td>
                    <td>{formatDateTime(s.submittedAt)}</td>
                    <td>{words(s.status)}</td>
                    <td>
                      {s.added} / {s.removed} / {s.rejected}
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </QueryView>
      </section>
    </>
  );
}
