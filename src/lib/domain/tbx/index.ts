// TBX import (TBX v3 and TBX 2008, streaming) and TBX-Basic export.
export { parseTbx } from './parse-tbx';
export { TbxReader, FatalImportError, type ReaderOutput } from './reader';
export { writeTbx, tbxToString } from './writer';
