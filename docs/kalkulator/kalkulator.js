// Kalkulator SAKIP: the forms of docs/kalkulator.html on the global SAKIP (dist/sakip.global.js).
// Plain browser JavaScript, no framework, no network. Every text from the user or the report is
// written with textContent, never as HTML. Errors show the SakipError message and code, never a stack.
(() => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: loaded by a classic <script>, not as a module.
  'use strict';

  const $ = (id) => document.getElementById(id);

  const CONTOH_KECIL = {
    instansi: 'Dinas Sosial Kabupaten Barito Kuala',
    tahun: 2024,
    aturan: { skala: 'PERMENDAGRI_54_2010' },
    sasaran: [
      {
        id: 'S2',
        nama: 'Kemampuan berusaha PPKS',
        indikator: [{ id: 'IKU-2', nama: 'PPKS mampu berusaha', target: '1,31', realisasi: '0,73' }],
      },
    ],
    tercetak: [
      { rujukan: 'indikator/IKU-2/capaian', teks: '55,72', lokasi: 'Tabel 3.1.1' },
      { rujukan: 'indikator/IKU-2/capaian', teks: '96,00', lokasi: 'Tabel 3.2.3' },
      { rujukan: 'indikator/IKU-2/predikat', teks: 'Kurang' },
    ],
  };

  const NAMA_STATUS = {
    cocok: 'Cocok',
    'cocok-dengan-kebiasaan': 'Cocok dengan kebiasaan',
    salah: 'Salah',
    'tidak-dapat-diperiksa': 'Tidak dapat diperiksa',
  };

  if (typeof SAKIP === 'undefined') {
    const g = $('galat-muat');
    g.textContent =
      'Pustaka sakip belum termuat: ../dist/sakip.global.js tidak ditemukan. Jalankan "npm run build" di ' +
      'repositori, atau muat sakip.global.js dari CDN (lihat "Tentang halaman ini" di bawah).';
    g.hidden = false;
    for (const b of document.querySelectorAll('button, input, select, textarea')) b.disabled = true;
    return;
  }
  const S = SAKIP;

  /** The message a person reads for an error: the SakipError message and its code, never a stack. */
  function pesanGalat(e) {
    if (S.isSakipError(e)) return `${e.message} (kode: ${e.kode})`;
    if (e instanceof SyntaxError) return `JSON tidak valid: ${e.message}`;
    return `Galat tak terduga: ${e instanceof Error ? e.message : String(e)}`;
  }

  function isiPilihan(select, pasangan) {
    for (const [nilai, teks] of pasangan) {
      const o = document.createElement('option');
      o.value = nilai;
      o.textContent = teks;
      select.append(o);
    }
  }

  /** Text of a number field: trimmed; an empty field stays empty so sakip names what is missing. */
  const baca = (id) => $(id).value.trim();

  /**
   * Wires one form: on submit, clear its result and error, run `hitung`, and show what it throws in
   * the form's error paragraph. `hitung` writes the result itself.
   */
  function pasang(nama, hitung, bersihkan) {
    $(`form-${nama}`).addEventListener('submit', (ev) => {
      ev.preventDefault();
      const galat = $(`${nama}-galat`);
      galat.hidden = true;
      galat.textContent = '';
      $(`${nama}-hasil`).textContent = '';
      const rinci = $(`${nama}-rinci`);
      if (rinci) rinci.textContent = '';
      if (bersihkan) bersihkan();
      try {
        hitung();
      } catch (e) {
        galat.textContent = pesanGalat(e);
        galat.hidden = false;
      }
    });
  }

  const persen = (x, desimal = 2, mode) => `${S.formatAngka(x, mode ? { desimal, mode } : { desimal })}%`;

  // Capaian
  isiPilihan(
    $('capaian-rumus'),
    S.RUMUS_NEGATIF.map((r) => [r, r]),
  );
  isiPilihan(
    $('capaian-mode'),
    S.MODE_PEMBULATAN.map((m) => [m, m]),
  );
  pasang('capaian', () => {
    const polaritas = $('capaian-polaritas').value;
    const masukan = { target: baca('capaian-target'), realisasi: baca('capaian-realisasi'), polaritas };
    if (polaritas === 'negatif') masukan.rumusNegatif = $('capaian-rumus').value;
    const c = S.capaian(masukan);
    const desimalTeks = baca('capaian-desimal');
    const desimal = desimalTeks === '' ? 2 : Number(desimalTeks);
    const mode = $('capaian-mode').value;
    $('capaian-hasil').textContent = `Capaian: ${persen(c, desimal, mode)}`;
    $('capaian-rinci').textContent = `Nilai tepat (tanpa pembulatan): ${S.formatAngka(c)}`;
  });

  // Predikat
  isiPilihan(
    $('predikat-skala'),
    Object.entries(S.SKALA).map(([id, s]) => [id, s.nama]),
  );
  pasang('predikat', () => {
    const p = S.predikat(baca('predikat-nilai'), $('predikat-skala').value);
    $('predikat-hasil').textContent = `Predikat: ${p.label}${p.kode ? ` (${p.kode})` : ''}`;
    $('predikat-rinci').textContent = `Rentang ${p.rentang}, skala ${p.skala}.`;
  });

  // Penyerapan
  pasang('penyerapan', () => {
    const a = { pagu: baca('penyerapan-pagu'), realisasi: baca('penyerapan-realisasi') };
    $('penyerapan-hasil').textContent = `Penyerapan: ${persen(S.penyerapan(a))}`;
    $('penyerapan-rinci').textContent =
      `Sisa anggaran ${S.formatRupiah(S.sisaAnggaran(a))} (${persen(S.persentaseSisa(a))} dari pagu).`;
  });

  // Efisiensi
  isiPilihan(
    $('efisiensi-aturan'),
    Object.entries(S.ATURAN_EFISIENSI).map(([id, a]) => [id, a.nama]),
  );
  pasang(
    'efisiensi',
    () => {
      const butir = {
        pagu: baca('efisiensi-pagu'),
        realisasi: baca('efisiensi-realisasi'),
        capaian: baca('efisiensi-capaian'),
      };
      const e = S.efisiensi([butir], { aturan: $('efisiensi-aturan').value });
      if (e.status === 'dihitung') {
        $('efisiensi-hasil').textContent =
          `Efisiensi: ${persen(e.nilai)} — nilai efisiensi ${S.formatAngka(e.nilaiEfisiensi, { desimal: 2 })}`;
        $('efisiensi-rinci').textContent = e.dibatasi
          ? `Sebelum dibatasi: ${persen(e.eMentah)}; dibatasi ±${S.formatAngka(e.batas)}% menurut aturan.`
          : 'Tidak dibatasi.';
      } else {
        $('efisiensi-hasil').textContent = `Efisiensi tidak dapat dihitung: ${e.pesan}`;
      }
      const daftar = $('efisiensi-langkah-daftar');
      for (const l of e.langkah) {
        const li = document.createElement('li');
        li.textContent = S.tulisLangkah(l);
        daftar.append(li);
      }
      $('efisiensi-langkah').hidden = e.langkah.length === 0;
    },
    () => {
      $('efisiensi-langkah-daftar').replaceChildren();
      $('efisiensi-langkah').hidden = true;
    },
  );

  // IKM
  isiPilihan(
    $('ikm-aturan'),
    Object.entries(S.ATURAN_SKM).map(([id, a]) => [id, a.nama]),
  );
  /**
   * Pasted answers to rows: tab, comma or semicolon separate cells (an empty cell is unanswered);
   * a line without any of them is split on spaces. Cells go to skm as numbers when they are whole
   * numbers, else as written, so that sakip reports them in its own words.
   */
  function bacaJawaban(teks) {
    const baris = [];
    for (const b of teks.split(/\r?\n/)) {
      if (b.trim() === '') continue;
      const sel = /[\t,;]/.test(b) ? b.split(/[\t,;]/) : b.trim().split(/\s+/);
      baris.push(
        sel.map((s) => {
          const t = s.trim();
          if (t === '') return null;
          return /^\d+$/.test(t) ? Number(t) : t;
        }),
      );
    }
    return baris;
  }
  pasang(
    'ikm',
    () => {
      const h = S.skm(bacaJawaban($('ikm-jawaban').value), { aturan: $('ikm-aturan').value });
      $('ikm-hasil').textContent =
        `IKM: ${S.formatAngka(h.nilai, { desimal: 2 })} — mutu ${h.mutu} (${h.kinerja})`;
      $('ikm-rinci').textContent =
        `Indeks ${S.formatAngka(h.ikm, { desimal: 4 })} dari ${h.responden} responden.`;
      const isi = $('ikm-unsur').tBodies[0];
      for (const [unsur, nrr] of Object.entries(h.nrrPerUnsur)) {
        const tr = isi.insertRow();
        tr.insertCell().textContent = unsur;
        tr.insertCell().textContent = S.formatAngka(nrr, { desimal: 3 });
      }
      $('ikm-unsur').hidden = false;
    },
    () => {
      $('ikm-unsur').tBodies[0].replaceChildren();
      $('ikm-unsur').hidden = true;
    },
  );

  // Audit
  $('audit-contoh').addEventListener('click', () => {
    $('audit-json').value = JSON.stringify(CONTOH_KECIL, null, 2);
  });
  $('audit-berkas').addEventListener('change', async (ev) => {
    const berkas = ev.target.files?.[0];
    if (berkas) $('audit-json').value = await berkas.text();
  });
  /** The finding's own sentence (it names the expected value and the habit), plus likely causes. */
  function keterangan(t) {
    const bagian = [t.pesan];
    if (t.status === 'salah') for (const p of t.penyebab) bagian.push(`Kemungkinan: ${p.pesan}`);
    return bagian.join(' ');
  }
  pasang(
    'audit',
    () => {
      const a = S.auditLaporan(JSON.parse($('audit-json').value));
      const r = a.ringkasan;
      $('audit-hasil').textContent =
        `${a.instansi} ${a.tahun}: ${r.jumlah} angka diperiksa — ${r.cocok} cocok, ` +
        `${r.cocokDenganKebiasaan} cocok dengan kebiasaan, ${r.salah} salah, ` +
        `${r.tidakDapatDiperiksa} tidak dapat diperiksa; ${r.pertentangan} pertentangan.`;
      for (const k of a.kebiasaan) {
        const li = document.createElement('li');
        li.textContent = `Kebiasaan laporan: ${k.pesan}`;
        $('audit-kebiasaan').append(li);
      }
      const isi = $('audit-temuan').tBodies[0];
      for (const t of a.temuan) {
        const tr = isi.insertRow();
        tr.className = `status-${t.status}`;
        tr.insertCell().textContent = String(t.indeks + 1);
        tr.insertCell().textContent = t.rujukan;
        tr.insertCell().textContent = t.lokasi ?? '';
        tr.insertCell().textContent = t.teks;
        tr.insertCell().textContent = NAMA_STATUS[t.status] ?? t.status;
        tr.insertCell().textContent = keterangan(t);
      }
      $('audit-temuan').hidden = a.temuan.length === 0;
    },
    () => {
      $('audit-kebiasaan').replaceChildren();
      $('audit-temuan').tBodies[0].replaceChildren();
      $('audit-temuan').hidden = true;
    },
  );
})();
