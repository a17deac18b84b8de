'use client';
import { useTranslations } from 'next-intl';
import { uploadMediaAction } from '@/lib/workspace/media/actions';
import { ActionForm, FieldError } from '../action-form';

/** What the server accepts (it decides by content, not by this list: `accept` only helps the file chooser). */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,application/pdf,.jpg,.jpeg,.png,.webp,.avif,.pdf';

export function UploadMediaForm({ megabytes, megapixels }: { megabytes: number; megapixels: number }) {
  const t = useTranslations('MediaForm');
  return (
    <ActionForm
      action={uploadMediaAction}
      label={t('upload')}
      pending={t('uploading')}
      errorValues={{ megabytes, megapixels }}
      success={(media) => t('uploaded', { name: media.originalName })}
      hideSuccessWhilePending
      errorNamespaces={['MediaErrors']}
    >
      <label htmlFor="media-file">{t('file')}</label>
      <p className="hint" id="media-file-hint">
        {t('fileHint', { megabytes })}
      </p>
      <p className="hint" id="media-file-pdf-hint">
        {t('pdfHint')}
      </p>
      <input
        id="media-file"
        name="file"
        type="file"
        accept={ACCEPT}
        required
        aria-describedby="media-file-hint media-file-pdf-hint media-file-error"
      />
      <FieldError name="file" id="media-file-error" errorNamespaces={['MediaErrors']} />
      <div className="actions">
        <button type="submit">{t('upload')}</button>
      </div>
    </ActionForm>
  );
}
