// The SKM, IKPA and NKA paths of the `rujukan` grammar (the report's `skm` and `ikpa` sections).
import { DecimalInti as Decimal } from '../angka/Decimal.js';
import { isSakipError } from '../galat/SakipError.js';
import { mutuSkmInti, pilihAturanSkm } from '../skm/inti/index.js';
import type { KonteksKuantitas, Resolusi } from './kuantitas.js';
import type { Rujukan } from './rujukan.js';
import { normalLabel } from './teks.js';

type RujukanLain = Extract<
  Rujukan,
  { jenis: 'skm' | 'skm-unsur' | 'ikpa' | 'ikpa-indikator' | 'ikpa-aspek' | 'nka' }
>;

const kosong = (pesan: string): Resolusi => ({ tidak: 'masukan-tidak-ada', pesan });
const tidakAda = (pesan: string): Resolusi => ({ tidak: 'rujukan-tidak-ditemukan', pesan });
const DUA_PULUH_LIMA = new Decimal(25);

/** Resolves `skm/…`, `ikpa/…` and `nka/…` (internal, for kuantitas.ts). */
export function kuantitasLain(k: KonteksKuantitas, r: RujukanLain): Resolusi {
  switch (r.jenis) {
    case 'skm': {
      const skm = k.hasil.skm;
      if (skm === null || k.laporan.skm === undefined) return kosong('laporan tidak memuat bagian SKM.');
      if (r.unit !== undefined) {
        const dicari = normalLabel(r.unit);
        const unit = (k.laporan.skm.unit ?? []).filter(
          (u) => u.nama !== undefined && normalLabel(u.nama) === dicari,
        );
        if (unit.length !== 1) {
          return tidakAda(
            unit.length === 0
              ? `unit SKM "${r.unit}" tidak ada di laporan.`
              : `nama unit SKM "${r.unit}" dipakai ${unit.length} unit.`,
          );
        }
        const u = unit[0]!;
        const kunci = `skm/unit/${u.nama}/${r.bagian}`;
        // A unit's IKM as stated: on 1–4 when at most 4, else already on 25–100.
        const naik = u.ikm.lte(4);
        const nilaiUnit = naik ? u.ikm.times(DUA_PULUH_LIMA) : u.ikm;
        if (r.bagian === 'mutu') {
          // The unit's mutu under the report's SKM rule, graded on its 25–100 value.
          try {
            const aturan = pilihAturanSkm(k.laporan.skm.aturan);
            const mutu = mutuSkmInti(nilaiUnit, aturan, 'nilai').mutu;
            return { kunci, besaran: 'mutu', nilai: mutu, masukan: [], varian: [] };
          } catch (e) {
            if (!isSakipError(e)) throw e;
            return { tidak: 'tidak-dapat-dihitung', pesan: e.message };
          }
        }
        const nilai = r.bagian === 'ikm' ? (naik ? u.ikm : u.ikm.div(DUA_PULUH_LIMA)) : nilaiUnit;
        return { kunci, besaran: 'skm', nilai, masukan: [], varian: [] };
      }
      const kunci = `skm/${r.bagian}`;
      if ('status' in skm && skm.status === 'tidak-dapat-dihitung') {
        return { tidak: 'tidak-dapat-dihitung', pesan: skm.pesan };
      }
      const ikm = 'status' in skm ? skm.ikm : skm.ikm;
      const nilaiSkm = 'status' in skm ? skm.nilai : skm.nilai;
      if (r.bagian === 'mutu') return { kunci, besaran: 'mutu', nilai: skm.mutu, masukan: [], varian: [] };
      return { kunci, besaran: 'skm', nilai: r.bagian === 'ikm' ? ikm : nilaiSkm, masukan: [], varian: [] };
    }
    case 'skm-unsur':
      return kosong(
        'laporan tidak memuat jawaban atau NRR per unsur; hitung dengan sakip skm dari berkas jawaban.',
      );
    case 'ikpa':
    case 'ikpa-indikator':
    case 'ikpa-aspek': {
      const h = k.hasil.ikpa;
      if (h === null) return kosong('laporan tidak memuat bagian IKPA.');
      if (h.status !== 'dihitung') return { tidak: 'tidak-dapat-dihitung', pesan: h.pesan };
      if (r.jenis === 'ikpa') {
        if (r.bagian === 'predikat') {
          if (h.predikat === null) return kosong('IKPA tanpa skala predikat.');
          return {
            kunci: 'ikpa/predikat',
            besaran: 'predikat',
            nilai: h.predikat.label,
            masukan: [],
            varian: [],
          };
        }
        return { kunci: 'ikpa/nilai', besaran: 'ikpa', nilai: h.nilai, masukan: [], varian: [] };
      }
      if (r.jenis === 'ikpa-indikator') {
        const i = h.perIndikator.find((x) => x.id === r.indikator);
        if (i === undefined)
          return tidakAda(`indikator IKPA "${r.indikator}" tidak ada di aturan ${h.aturan.id}.`);
        const nilai = r.bagian === 'nilai' ? i.nilai : i.nilaiTertimbang;
        if (nilai === null) return kosong(`indikator IKPA "${r.indikator}" tidak berlaku bagi satker ini.`);
        return {
          kunci: `ikpa/indikator/${i.id}/${r.bagian}`,
          besaran: 'ikpa',
          nilai,
          masukan: [],
          varian: [],
        };
      }
      const dicari = normalLabel(r.aspek);
      const a = Object.entries(h.aspek).find(
        ([id, x]) => normalLabel(id) === dicari || normalLabel(x.nama) === dicari,
      );
      if (a === undefined) return tidakAda(`aspek IKPA "${r.aspek}" tidak ada di aturan ${h.aturan.id}.`);
      const [id, aspek] = a;
      if (aspek.status !== 'dihitung') return { tidak: 'tidak-dapat-dihitung', pesan: aspek.pesan };
      return { kunci: `ikpa/aspek/${id}`, besaran: 'ikpa', nilai: aspek.nilai, masukan: [], varian: [] };
    }
    case 'nka':
      return kosong('laporan tidak memuat nilai SMART; NKA tidak dapat dihitung dari laporan ini.');
  }
}
