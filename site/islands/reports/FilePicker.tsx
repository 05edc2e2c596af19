/**
 * Where the clerk puts the schools' files: choose files, choose a folder
 * (read with its subfolders), or drop files and folders on the box.
 */
import { useRef, useState, type DragEvent } from 'react';
import { pathedFromDrop, pathedFromInput } from './collect-files.ts';

type Pathed = Awaited<ReturnType<typeof pathedFromDrop>>;

const accept = '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FilePicker({ onFiles, disabled }: { onFiles: (files: Pathed) => void; disabled?: boolean }) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles(await pathedFromDrop(e.dataTransfer));
  };
  const fromInput = (input: HTMLInputElement | null) => {
    if (!input) return;
    onFiles(pathedFromInput(input.files));
    // The same file chosen again after an edit must still count as a change.
    input.value = '';
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-hint">把学校报来的 .json 或 .xlsx 文件（或整个文件夹）拖到这里，或者：</p>
      <div className="drop-buttons">
        <button type="button" disabled={disabled} onClick={() => filesInput.current?.click()}>选择文件</button>
        <button type="button" disabled={disabled} onClick={() => folderInput.current?.click()}>选择文件夹</button>
        <input ref={filesInput} type="file" multiple accept={accept} hidden aria-label="选择文件" onChange={() => fromInput(filesInput.current)} />
        <input
          ref={(el) => {
            folderInput.current = el;
            // React does not know webkitdirectory; set as an attribute so the browser opens a folder chooser.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          hidden
          aria-label="选择文件夹"
          onChange={() => fromInput(folderInput.current)}
        />
      </div>
    </div>
  );
}
