import type { Lang } from './i18n';

/**
 * The messages lib/ writes for people — letter problems, SOP and backup validation, log and
 * message errors — are written once, in Bahasa Indonesia (the CLI, stored problems and test
 * corpora keep them so). Every screen shows them through `messageIn(lang, message)`: unchanged in
 * Indonesian, in English otherwise. Each rule below is the English of one Indonesian message
 * (template); parts that are messages themselves (reasons, nested errors) are translated too.
 * A message no rule knows stays as written (tests/unit/i18n-messages.test.ts makes every message
 * lib/ produces known).
 */
/** A lost person's sign (lib/letter/lost-people.ts) in English: a staff number as written, a numbered table row, a list item. */
function staffSign(sign: string): string {
  return sign.replace(/^baris tabel no\. (\d+)$/, 'table row no. $1').replace(/^butir daftar /, 'list item ');
}

type Translate = (message: string) => string;
type Rule = [RegExp, (m: RegExpExecArray, tr: Translate) => string];

const FIELD: Record<string, string> = {
  Nama: 'Name',
  NIP: 'NIP',
  Jabatan: 'Position',
  Email: 'Email',
  'Nomor HP': 'Phone number',
};

const TYPE: Record<string, string> = {
  teks: 'text',
  angka: 'a number',
  'bilangan bulat': 'a whole number',
  'boolean (true/false)': 'boolean (true/false)',
  'daftar (array)': 'a list (array)',
  objek: 'an object',
  null: 'null',
  kosong: 'empty',
};
const typeEn = (t: string) => TYPE[t] ?? t;

const RULES: Rule[] = [
  // ---- letter problems (lib/letter) ----
  [/^Nomor surat tidak ditemukan$/, () => 'Letter number not found'],
  [/^Tanggal surat tidak ditemukan$/, () => 'Letter date not found'],
  [/^Instansi pengirim surat tidak ditemukan$/, () => 'Sending office not found'],
  [/^Perihal surat tidak ditemukan$/, () => 'Letter subject not found'],
  [/^Jenis permohonan \(peran SPSE\) tidak dapat ditentukan dari surat$/, () => 'The kind of request (SPSE role) cannot be told from the letter'],
  [/^Tidak ada data pegawai \(nama\/NIP\) yang ditemukan dalam surat$/, () => 'No staff data (name/NIP) found in the letter'],
  [/^(Nama|NIP|Jabatan|Email|Nomor HP) belum ada$/, (m) => `${FIELD[m[1]]} missing`],
  [/^(NIP|Email|Nomor HP) tidak sah: (.*)$/s, (m, tr) => `${FIELD[m[1]]} invalid: ${m[2].split('; ').map(tr).join('; ')}`],
  [/^NIP sama dengan orang ke-(\d+)$/, (m) => `NIP same as person ${m[1]}`],
  [/^Perihal menyebut lebih dari satu peran \((.*)\); periksa peran setiap pegawai$/, (m) => `The subject names more than one role (${m[1]}); check each person’s role`],
  [/^Tanggal surat tidak sah: (.*)$/s, (m, tr) => `Letter date invalid: ${m[1].split('; ').map(tr).join('; ')}`],
  [/^NIP hanya boleh berisi angka$/, () => 'a NIP holds digits only'],
  [/^NIP harus 18 digit, tertulis (\d+) digit$/, (m) => `a NIP has 18 digits, ${m[1]} written`],
  [/^tanggal lahir pada NIP \((.*)\) bukan tanggal yang sah$/, (m) => `the birth date in the NIP (${m[1]}) is not a valid date`],
  [/^TMT pengangkatan pada NIP \((.*)\) bukan bulan yang sah$/, (m) => `the appointment month (TMT) in the NIP (${m[1]}) is not a valid month`],
  [/^TMT pengangkatan pada NIP sebelum tanggal lahir$/, () => 'the appointment (TMT) in the NIP is before the birth date'],
  [/^TMT pengangkatan pada NIP kurang dari 18 tahun setelah tanggal lahir$/, () => 'the appointment (TMT) in the NIP is less than 18 years after the birth date'],
  [/^digit jenis kelamin pada NIP harus 1 atau 2, tertulis (.*)$/, (m) => `the sex digit of the NIP must be 1 or 2, ${m[1]} written`],
  [/^nomor urut pada NIP tidak boleh 000$/, () => 'the sequence number of the NIP cannot be 000'],
  [/^email kosong$/, () => 'email empty'],
  [/^email mengandung spasi$/, () => 'email contains a space'],
  [/^email harus berisi tepat satu tanda @$/, () => 'an email has exactly one @'],
  [/^format email tidak sah$/, () => 'invalid email format'],
  [/^nomor telepon kosong$/, () => 'phone number empty'],
  [/^nomor telepon hanya boleh berisi angka, spasi, titik, tanda hubung, kurung, dan \+ di depan$/, () => 'a phone number holds only digits, spaces, dots, hyphens, brackets and a leading +'],
  [/^nomor telepon bukan nomor Indonesia \(\+62\)$/, () => 'not an Indonesian phone number (+62)'],
  [/^nomor telepon harus diawali 0, 62, atau \+62$/, () => 'a phone number starts with 0, 62 or +62'],
  [/^kode negara 62 tertulis dua kali$/, () => 'country code 62 written twice'],
  [/^nomor telepon tidak sah \(angka 0 berlebih\)$/, () => 'invalid phone number (an extra 0)'],
  [/^nomor telepon terlalu pendek$/, () => 'phone number too short'],
  [/^nomor telepon terlalu panjang$/, () => 'phone number too long'],
  [/^tanggal "(.*)" di luar rentang \((.*)\)$/, (m, tr) => `date "${m[1]}" out of range (${tr(m[2])})`],
  [/^tanggal "(.*)" tidak sah$/, (m) => `date "${m[1]}" is not valid`],
  [/^tanggal harus antara (\S+) dan (\S+)$/, (m) => `dates must lie between ${m[1]} and ${m[2]}`],
  [/^Instansi pengirim ditebak dari jabatan penanda tangan — periksa$/, () => 'Sending office guessed from the signer’s position — check'],
  [/^Peran SPSE ditebak dari isi surat \(perihal tidak menyebutnya\) — periksa$/, () => 'SPSE role guessed from the letter’s text (the subject does not name it) — check'],
  [/^Dibaca dari beberapa baris — periksa$/, () => 'Read from several lines — check'],
  [/^Dibaca dari butir daftar tanpa label kolom — periksa$/, () => 'Read from a list item without column labels — check'],
  [/^Dibaca dari kalimat surat, bukan dari baris berlabel — periksa$/, () => 'Read from a sentence of the letter, not a labelled line — check'],
  [/^Ditebak dari teks di sekitarnya — periksa$/, () => 'Guessed from the surrounding text — check'],
  [/^Nomor surat dibaca dari kalimat di badan email \(surat resmi yang dilampirkan\) — periksa$/, () => 'Letter number read from a sentence in the mail body (the attached official letter) — check'],
  [/^Pengirim diambil dari baris pengirim email \(salinan halaman email, tanpa kop\) — periksa$/, () => 'Sender taken from the mail\'s sender line (a copied mail page, no letterhead) — check'],
  [/^Nomor surat dibaca dari pesan obrolan yang menyebut surat permohonan — periksa$/, () => 'Letter number read from a chat message naming the request letter — check'],
  [/^digabung dari beberapa baris — periksa$/, () => 'joined from several lines — check'],
  [/^Tanggal surat tidak tertulis jelas; tanggal diambil dari isi surat, periksa kembali$/, () => 'Letter date not written clearly; the date was taken from the letter body, check it'],
  [/^Label tanpa titik dua di tengah kalimat data; nilai dibaca menurut bentuknya — periksa$/, () => 'A label without its colon inside a data sentence; the value read by its shape — check'],
  [/^Tabel disusun ulang dari sel yang tertulis satu per baris — periksa$/, () => 'Table rebuilt from cells written one per line — check'],
  [/^Nilai dibaca dari baris di bawah labelnya \(formulir\) — periksa$/, () => 'Value read from the line under its label (a form) — check'],
  [/^Dua kolom data berdampingan dibaca terpisah \(kolom kiri, lalu kolom kanan\) — periksa$/, () => 'Two data columns side by side read apart (left column, then right column) — check'],
  [/^Perihal diambil dari subjek email, bukan dari surat — periksa$/, () => 'Subject taken from the e-mail’s subject, not from the letter — check'],
  [/^Perihal mungkin berlanjut pada baris di bawahnya — periksa$/, () => 'The subject may go on in the line below it — check'],
  [/^Perihal digabung dengan baris di atas labelnya \(label di tengah sel\) — periksa$/, () => 'Subject joined with the lines above its label (a label centred in its cell) — check'],
  [/^Tanggal surat digabung dengan (tahun|bulan dan tahun) pada baris di bawahnya — periksa$/, (m) => `Letter date joined with the ${m[1] === 'tahun' ? 'year' : 'month and year'} on the line below — check`],
  [/^Tanggal diambil dari kepala email, bukan dari surat — periksa$/, () => 'Date taken from the e-mail header, not from the letter — check'],
  [/^Pengirim diambil dari baris "Dari"; kop surat menyebut "(.*)" — periksa$/s, (m) => `Sender taken from the "Dari" line; the letterhead says "${m[1]}" — check`],
  [/^Instansi pengirim digabung dari (\d+) baris kop surat — periksa$/, (m) => `Sending office joined from ${m[1]} letterhead lines — check`],
  [/^Pemohon diambil dari blok "yang bertanda tangan di bawah ini" — periksa$/, () => 'Applicant taken from the "yang bertanda tangan di bawah ini" (undersigned) block — check'],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut judul di atasnya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by the heading above — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut judul di atasnya — periksa$/, () => 'Replacement letter: incoming person (account created) by the heading above — check'],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut judul kolomnya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by their table column\'s heading — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut judul kolomnya — periksa$/, () => 'Replacement letter: incoming person (account created) by their table column\'s heading — check'],
  [/^Kolom perubahan menulis "tetap"; nilai diambil dari kolom data lama — periksa$/, () => 'The change column says "unchanged"; value taken from the old data column — check'],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut kolom status barisnya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by the status cell of their row — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut kolom status barisnya — periksa$/, () => 'Replacement letter: incoming person (account created) by the status cell of their row — check'],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut kata sebelum namanya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by the words before their name — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut kata sebelum namanya — periksa$/, () => 'Replacement letter: incoming person (account created) by the words before their name — check'],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut kalimat pengantar daftarnya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by the sentence leading into their list — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut kalimat pengantar daftarnya — periksa$/, () => 'Replacement letter: incoming person (account created) by the sentence leading into their list — check'],
  [
    /^Jumlah pegawai yang terbaca \((\d+)\) kurang dari yang disebut surat \(sedikitnya (\d+)\): (.+) di baris (\d+) tidak masuk ke pegawai mana pun — periksa apakah ada pegawai yang terlewat$/,
    (m) => `Fewer people read (${m[1]}) than the letter names (at least ${m[2]}): ${staffSign(m[3])} on line ${m[4]} belongs to no person read — check whether someone was missed`,
  ],
  [
    /^Pegawai ini terbaca sesudah baris (\d+) \((.+) tanpa pegawai\): urutan dan isi baris pegawai mungkin bergeser — periksa$/,
    (m) => `This person was read after line ${m[1]} (${staffSign(m[2])} with no person): the people's order and row values may have shifted — check`,
  ],
  [/^Jumlah orang yang disebut surat \((\d+)\) tidak sama dengan yang terbaca \((\d+)\) — periksa apakah ada pegawai yang terlewat$/, (m) => `The letter names ${m[1]} people, ${m[2]} were read — check whether someone was missed`],
  [/^Email memuat nama pegawai lain \((.+)\), bukan nama pegawai ini: nilai mungkin dari baris lain — periksa$/, (m) => `The e-mail holds another person's name (${m[1]}), not this person's: the value may come from another row — check`],
  [/^Surat penggantian: pegawai lama \(dinonaktifkan\) menurut kalimat tentang dirinya — periksa$/, () => 'Replacement letter: outgoing person (deactivated) by the sentence about them — check'],
  [/^Surat penggantian: pegawai baru \(dibuatkan akun\) menurut kalimat tentang dirinya — periksa$/, () => 'Replacement letter: incoming person (account created) by the sentence about them — check'],
  [/^Surat pembuatan dan perubahan akun: akun baru menurut judul di atasnya — periksa$/, () => 'Letter creating and changing accounts: a new account by the heading above — check'],
  [/^Surat pembuatan dan perubahan akun: perubahan data menurut judul di atasnya — periksa$/, () => 'Letter creating and changing accounts: a data change by the heading above — check'],
  [
    /^Surat perubahan data dan penonaktifan: (perubahan data|penonaktifan akun) menurut (kolom permohonan barisnya|judul di atasnya) — periksa$/,
    (m) => `Letter changing and deactivating accounts: ${m[1] === 'perubahan data' ? 'a data change' : 'deactivation'} by ${m[2] === 'judul di atasnya' ? 'the heading above' : 'the request cell of its row'} — check`,
  ],
  [
    /^Surat akun baru dan reset: (akun baru|reset kata sandi|penonaktifan) menurut (kolom permohonan barisnya|judul di atasnya) — periksa$/,
    (m) => `Letter asking new accounts and resets: ${m[1] === 'akun baru' ? 'a new account' : m[1] === 'penonaktifan' ? 'deactivation' : 'a password reset'} by ${m[2] === 'judul di atasnya' ? 'the heading above' : 'the request cell of its row'} — check`,
  ],
  [/^Pengirim diambil dari pemohon tiket(?:; kepala tiket menyebut "(.*)")? — periksa$/s, (m) => `Sender taken from the ticket's requester${m[1] ? `; the ticket's heading names "${m[1]}"` : ''} — check`],
  [/^Perihal diambil dari judul tiket, bukan dari surat — periksa$/, () => 'Subject taken from the ticket’s title, not from the letter — check'],
  [/^Kolom permohonan barisnya meminta reset kata sandi — periksa$/, () => 'The request cell of its row asks a password reset — check'],
  [/^Surat meminta akun baru dan juga reset kata sandi; tidak jelas untuk pegawai ini — periksa$/, () => 'The letter asks new accounts and a password reset too; unclear which for this person — check'],
  [/^Surat akun baru dan reset: tidak jelas akun pegawai ini dibuat atau direset; dianggap akun baru — periksa$/, () => 'Letter asking new accounts and resets: unclear whether this person’s account is created or reset; taken as a new account — check'],
  [/^Surat perubahan data dan penonaktifan: tidak jelas akun pegawai ini diubah atau dinonaktifkan; dianggap perubahan — periksa$/, () => 'Letter changing and deactivating accounts: unclear whether this person’s account is changed or deactivated; taken as a change — check'],
  [/^Surat pembuatan dan perubahan akun: tidak jelas pegawai ini dibuatkan akun atau diubah datanya; dianggap perubahan — periksa$/, () => 'Letter creating and changing accounts: unclear whether this person gets a new account or a data change; taken as a change — check'],
  [/^Instansi pengirim diambil dari baris (sekolah|unit) pada kop; baris di atasnya \("(.*)"\) dilewati — periksa$/s, (m) => `Sending office taken from the ${m[1] === 'unit' ? "unit's" : "school's"} line of the letterhead; the line above ("${m[2]}") left out — check`],
  [/^Pengirim diambil dari kepala email yang diteruskan \(surat di dalamnya tanpa kop\) — periksa$/, () => 'Sender taken from the forwarded e-mail’s header (the letter inside has no letterhead) — check'],
  [/^Dibaca dari baris radiogram \(tanda baca dan nomor yang dieja, mis\. KMA\/TTK\) — periksa$/, () => 'Read from a radiogram line (punctuation and numbers spelled out, e.g. KMA/TTK) — check'],
  [/^Email diambil dari kalimat yang menyebut nama "(.*)" di depannya — periksa$/s, (m) => `E-mail address taken from a sentence naming "${m[1]}" before it — check`],
  [/^Email dipisahkan dari kata yang menempel di depannya \("(.*)"\) — periksa \(tertulis "(.*)"\)$/s, (m) => `E-mail address separated from the word stuck before it ("${m[1]}") — check (written "${m[2]}")`],
  [/^Email diambil dari pengirim email \("(.*)"\), nama pengirim sama dengan pemohon — periksa$/s, (m) => `E-mail address taken from the mail's sender ("${m[1]}"), whose name is the applicant's — check`],
  [/^Baris tabel ini punya lebih banyak kolom daripada judulnya; isinya mungkin bergeser kolom — periksa$/, () => 'This table row has more cells than its header; its values may sit in the wrong columns — check'],
  [/^Baris tabel tanpa NIP yang sah; isi kolom mungkin bergeser — periksa$/, () => 'Table row without a valid NIP; its values may sit in the wrong columns — check'],
  [/^Baris tabel tanpa nomor tetapi dengan NIP sendiri; dibaca sebagai orang tersendiri — periksa$/, () => 'Table row without a number but with a NIP of its own; read as a person of its own — check'],
  [/^(NIP|Nomor HP) memuat dua nilai \(dua baris terbaca sebagai satu\?\); yang pertama dibaca — periksa \(tertulis "(.*)"\)$/s, (m) => `${m[1] === 'NIP' ? 'NIP' : 'Phone number'} holds two values (two rows read as one?); the first was read — check (written "${m[2]}")`],
  [/^Nama di tabel diakhiri koma, tetapi baris berikutnya orang lain; gelar terakhir mungkin hilang — periksa$/, () => 'The name in the table ends in a comma, but the next row is another person; its last title may be lost — check'],
  [/^Baris ini memuat label yang sama dua kali \(dua kolom berdampingan\?\); hanya nilai pertama dibaca — periksa$/, () => 'This line holds the same label twice (two columns side by side?); only the first value was read — check'],
  [/^Label dan nilai tertulis berderet; nilai dicocokkan dengan labelnya menurut urutan — periksa$/, () => 'Labels and values written in a run; each value paired with its label by order — check'],
  [/^Label dan nilai tertulis berderet \("(.*)"\); nilai dicocokkan menurut urutan — periksa$/s, (m) => `Labels and values written in a run ("${m[1]}"); values paired by order — check`],
  [/^Peran SPSE (.*) dilepas dari jabatan — periksa$/s, (m) => `SPSE role ${m[1]} taken off the position — check`],
  [/^Nilai ditandai "tetap" \(tidak berubah\); tanda itu dilepas — periksa$/, () => 'Value marked "tetap" (unchanged); the marker taken off — check'],
  [/^Catatan dalam kurung di belakang jabatan dilepas — periksa$/, () => 'The bracketed note after the position taken off — check'],
  [/^Beberapa data pada satu baris dipisah tanda "·" \/ "-"; nilai dibaca menurut bentuknya — periksa$/, () => 'Several data on one line set apart by "·" / "-"; each value read by its shape — check'],
  [/^Jabatan ditulis dalam dua bahasa; diambil bagian bahasa Indonesia \(sebelum " \/ "\) — periksa$/, () => 'Position written in two languages; the Indonesian part (before " / ") taken — check'],
  [/^Nilai dibagi menurut urutan \("masing-masing …", "keduanya …"\) dalam kalimat — periksa$/, () => 'Values shared out by order ("masing-masing …", "keduanya …") in the sentence — check'],
  [/^Pilihan jenis permohonan tanpa centang yang terbaca; jenis permintaan ditebak — periksa$/, () => 'Request options without a tick that could be read; request type guessed — check'],
  [/^Pengirim tanpa jabatan penanda tangan di depannya \("(.*)"\) — periksa$/s, (m) => `Sender without the signer’s title in front of it ("${m[1]}") — check`],
  [/^(Email|Nomor HP) diambil dari kolom "(.*)" — periksa$/s, (m) => `${FIELD[m[1]] ?? m[1]} taken from the "${m[2]}" column — check`],
  [/^Gelar dari baris "(.*)" ditambahkan ke nama — periksa$/s, (m) => `Titles from the "${m[1]}" line added to the name — check`],
  [/^Nama memuat angka atau @ \(nilai kolom lain\?\) — periksa$/, () => 'Name holds digits or @ (another column’s value?) — check'],
  [/^Nama memuat label kolom lain atau terlalu panjang — periksa$/, () => 'Name holds another column’s label or is too long — check'],
  [/^Jabatan memuat email atau deretan angka \(nilai kolom lain\?\) — periksa$/, () => 'Position holds an e-mail or a run of digits (another column’s value?) — check'],
  [/^Surat penggantian: tidak jelas apakah pegawai ini pejabat lama atau baru; dianggap baru — periksa$/, () => 'Replacement letter: unclear whether this person is outgoing or incoming; taken as incoming — check'],
  [/^Jenis permintaan ditebak dari isi surat \(tidak ada perihal\) — periksa$/, () => 'Request type guessed from the letter’s text (no subject) — check'],
  [/^Jabatan ditebak dari kalimat sebelum nama — periksa$/, () => 'Position guessed from the sentence before the name — check'],
  [/^Label tidak terbaca; kolom ditebak dari bentuk nilainya — periksa$/, () => 'Label not readable; field guessed from the value’s shape — check'],
  [/^Nomor surat dipisahkan dari tanggal pada baris yang sama — periksa$/, () => 'Letter number separated from the date on the same line — check'],
  [/^Nomor surat memuat huruf l\/I\/O di antara angka \(salah ketik atau hasil pindai\) — periksa$/, () => 'Letter number holds a letter l/I/O among digits (a typo or a scan) — check'],
  [/^hasil pindai kurang jelas \(keyakinan (\d+) %\) — periksa$/, (m) => `scan unclear (confidence ${m[1]} %) — check`],
  [/^hasil pindai: huruf\/angka yang mirip \(1\/I\/l, 0\/O\) — periksa$/, () => 'scan: look-alike letters/digits (1/I/l, 0/O) — check'],
  [/^hasil pindai: ada teks lain sesudah nilai pada barisnya — periksa$/, () => 'scan: more text after the value on its line — check'],
  [/^(.+) diperbaiki dari hasil pindai — periksa \(tertulis "(.*)"\)$/s, (m) => `${m[1]} repaired from the scan — check (written "${m[2]}")`],

  // ---- SOP files and the SOP editor (lib/sop/validate, lib/sop/schema) ----
  [/^wajib diisi$/, () => 'required'],
  [/^harus berupa objek SOP atau katalog "(.*)", bukan (.*)$/, (m) => `must be an SOP object or a "${m[1]}" catalog, not ${typeEn(m[2])}`],
  [/^harus berupa objek cadangan Pandu SPSE$/, () => 'must be a Pandu SPSE backup object'],
  [/^harus berupa (.+), bukan (.+)$/, (m) => `must be ${typeEn(m[1])}, not ${typeEn(m[2])}`],
  [/^nilai harus salah satu dari (.*)$/, (m) => `value must be one of ${m[1]}`],
  [/^nilai harus (.*)$/, (m) => `value must be ${m[1]}`],
  [/^tidak boleh kosong \(minimal 1 butir\)$/, () => 'cannot be empty (at least 1 item)'],
  [/^tidak boleh kosong$/, () => 'cannot be empty'],
  [/^minimal (\S+) butir$/, (m) => `at least ${m[1]} items`],
  [/^minimal (\S+) karakter$/, (m) => `at least ${m[1]} characters`],
  [/^maksimal (\S+) butir$/, (m) => `at most ${m[1]} items`],
  [/^maksimal (\S+) karakter$/, (m) => `at most ${m[1]} characters`],
  [/^minimal (\S+)$/, (m) => `at least ${m[1]}`],
  [/^maksimal (\S+)$/, (m) => `at most ${m[1]}`],
  [/^harus lebih dari (\S+)$/, (m) => `must be more than ${m[1]}`],
  [/^harus kurang dari (\S+)$/, (m) => `must be less than ${m[1]}`],
  [/^format tidak sah$/, () => 'invalid format'],
  [/^harus kelipatan (\S+)$/, (m) => `must be a multiple of ${m[1]}`],
  [/^kunci tidak dikenal: (.*)$/, (m) => `unknown keys: ${m[1]}`],
  [/^bentuk data tidak sesuai$/, () => 'data of the wrong shape'],
  [/^isi tidak sah$/, () => 'invalid content'],
  [/^nilai tidak sah$/, () => 'invalid value'],
  [/^terlalu banyak \(maks\. (.*) butir\)$/, (m) => `too many (at most ${m[1].replace(/\./g, ',')} items)`],
  [/^SOP "(.*)" versi (.*) sudah ada di (sops\[\d+\])$/, (m) => `SOP "${m[1]}" version ${m[2]} is already in ${m[3]}`],
  [/^bukan JSON yang sah: (.*)$/s, (m) => `not valid JSON: ${m[1]}`],
  [/^bukan JSON yang sah \((.*)\)$/s, (m) => `not valid JSON (${m[1]})`],
  [/^id pelaksana "(.*)" dipakai lebih dari sekali$/, (m) => `lane id "${m[1]}" used more than once`],
  [/^nomor langkah (\d+) dipakai lebih dari sekali$/, (m) => `step number ${m[1]} used more than once`],
  [/^langkah nomor (\d+) tidak ada$/, (m) => `there is no step number ${m[1]}`],
  [/^pelaksana "(.*)" tidak ada di daftar lanes$/, (m) => `lane "${m[1]}" is not in the lanes list`],
  [/^langkah keputusan \(decision\) wajib punya pertanyaan dan tujuan ya\/tidak$/, () => 'a decision step needs a question and yes/no targets'],
  [/^langkah dengan data decision harus berjenis "decision"$/, () => 'a step with decision data must be of kind "decision"'],
  [/^\(berkas\)$/, () => '(file)'],

  // ---- drafts from SOP documents (lib/sop/draft) ----
  [/^pelaksana tidak tertanda di kolom pelaksana; disimpulkan dari uraian dan urutan langkah$/, () => 'no actor marked in the actor columns; inferred from the activity and the order of steps'],
  [/^nama SOP disusun dari baris di sekitar label "Nama SOP"; periksa$/, () => 'SOP name put together from the lines around the "Nama SOP" label; check'],
  [/^judul kolom pelaksana tidak ditemukan di tabel$/, () => 'no actor column headings found in the table'],
  [/^waktu "(.*)" tidak terbaca sebagai lama waktu; periksa$/, (m) => `time "${m[1]}" cannot be read as a duration; check`],
  [/^uraian kegiatan kosong$/, () => 'activity empty'],
  [/^langkah keputusan: pertanyaan dan tujuan ya\/tidak disimpulkan; periksa$/, () => 'decision step: question and yes/no targets inferred; check'],
  [/^dua kolom dalam satu baris \(OCR\) dipisah menurut nomor butir; periksa$/, () => 'two columns on one line (OCR) split by item number; check'],
  [/^judul kolom pelaksana dibaca dari OCR; periksa nama dan urutannya$/, () => 'actor column headings read by OCR; check their names and order'],
  [/^uraian dibaca dari OCR \(kolom bercampur\); periksa$/, () => 'activity read by OCR (columns mixed); check'],
  [/^waktu \(mutu baku\) tidak ditemukan di baris ini$/, () => 'no time (service standard) found on this row'],
  [/^baris tabel langkah tidak terbaca dari teks ini$/, () => 'no step table rows could be read from this text'],
  [/^tidak ada pelaksana terbaca; tambahkan pelaksana$/, () => 'no actors read; add the actors'],
  [/^tabel langkah \(Uraian Kegiatan, Pelaksana, Mutu Baku\) tidak ditemukan$/, () => 'step table (columns "Uraian Kegiatan", "Pelaksana", "Mutu Baku") not found'],
  [/^lebih dari (\d+) baris; sisanya diabaikan$/, (m) => `more than ${m[1]} rows; the rest is ignored`],
  [/^nama SOP tidak ditemukan; isi nama SOP$/, () => 'SOP name not found; fill in the SOP name'],
  [/^nomor SOP tidak ditemukan$/, () => 'SOP number not found'],
  [/^teks lebih dari (\d+) karakter; sisanya diabaikan$/, (m) => `text longer than ${m[1]} characters; the rest is ignored`],
  [/^berkas berisi (\d+) SOP; yang dibuka yang pertama$/, (m) => `the file holds ${m[1]} SOPs; the first one is opened`],
  [/^nomor di dokumen "(.*)", dinomori ulang menjadi (\d+)$/, (m) => `number in the document "${m[1]}", renumbered ${m[2]}`],
  [/^pelaksana "(.*)" tidak ada di judul kolom; ditambahkan$/, (m) => `actor "${m[1]}" is not among the column headings; added`],

  // ---- LPSE sites and page profiles (lib/extension/lpse-hosts, lib/spse/profile) ----
  [/^Alamat tidak valid\. Contoh: (.*)$/, (m) => `Invalid address. Example: ${m[1]}`],
  [/^Izin akses ke situs tersebut tidak diberikan\.$/, () => 'Access to that site was not granted.'],
  [/^halaman "(.*)" sudah ada di (pages\[\d+\])$/, (m) => `page "${m[1]}" is already in ${m[2]}`],

  // ---- backups, restore, merge (lib/log/backup) ----
  [/^bukan berkas cadangan Pandu SPSE \(format harus "(.*)"\)$/, (m) => `not a Pandu SPSE backup file (format must be "${m[1]}")`],
  [/^versi cadangan (.*) belum didukung \(paling tinggi (.*)\); perbarui Pandu SPSE$/, (m) => `backup version ${m[1]} is not supported yet (highest ${m[2]}); update Pandu SPSE`],
  [/^id ganda: (.*)$/, (m) => `duplicate id: ${m[1]}`],
  [/^kasus (.*) tidak ada dalam cadangan$/, (m) => `case ${m[1]} is not in the backup`],
  [/^waktu selesai \((.*)\) sebelum waktu mulai \((.*)\)$/, (m) => `finish time (${m[1]}) before start time (${m[2]})`],
  [/^SOP "(.*)" tidak dikenal \(tidak ada di pustaka SOP\)$/, (m) => `SOP "${m[1]}" unknown (not in the SOP library)`],
  [/^langkah (\d+) tidak ada di SOP (.*)$/, (m) => `step ${m[1]} is not in SOP ${m[2]}`],
  [/^jam selesai harus sesudah jam mulai$/, () => 'the end time must be after the start time'],
  [/^di luar rentang tanggal yang diterima \((.*)\)$/, (m, tr) => `outside the accepted date range (${tr(m[1])})`],
  [/^bukan tanggal yang sah atau di luar rentang \((.*)\)$/, (m, tr) => `not a valid date or outside the range (${tr(m[1])})`],

  // ---- the log (lib/log) ----
  [/^Gagal menyimpan catatan: (.*)$/s, (m, tr) => `Could not save the record: ${tr(m[1])}`],
  [/^Gagal membuka catatan: (.*)$/s, (m, tr) => `Could not open the records: ${tr(m[1])}`],
  [/^Gagal membuka catatan$/, () => 'Could not open the records'],
  [/^Gagal memperbarui susunan catatan ke versi (\d+): (.*)$/s, (m, tr) => `Could not upgrade the records to version ${m[1]}: ${tr(m[2])}`],
  [/^IndexedDB tidak tersedia di lingkungan ini$/, () => 'IndexedDB is not available here'],
  [/^ruang penyimpanan peramban penuh \(QuotaExceededError\)$/, () => 'the browser’s storage is full (QuotaExceededError)'],
  [/^basis data sudah ditutup atau tidak siap \((.*)\)$/s, (m) => `the database is closed or not ready (${m[1]})`],
  [/^id sudah ada \((.*)\)$/s, (m) => `the id exists already (${m[1]})`],
  [/^transaksi dibatalkan \((.*)\)$/s, (m) => `transaction aborted (${m[1]})`],
  [/^Kasus tidak ditemukan: (.*)$/, (m) => `Case not found: ${m[1]}`],
  [/^Kasus (.*) tidak ditemukan\.$/, (m) => `Case ${m[1]} not found.`],
  [/^kasus tidak ditemukan \((.*)\)$/, (m) => `case not found (${m[1]})`],
  [/^alasan wajib diisi untuk mengulang langkah (\d+)$/, (m) => `a reason is required to redo step ${m[1]}`],
  [/^alasan wajib diisi untuk (.*)$/, (m) => `a reason is required for ${REASON_FOR[m[1]] ?? m[1]}`],
  [/^waktu \((.*)\) sebelum surat diterima \((.*)\)$/, (m) => `time (${m[1]}) before the letter was received (${m[2]})`],
  [/^waktu \((.*)\) sebelum peristiwa terakhir kasus ini \((.*)\); catat koreksi sebagai peristiwa baru$/, (m) => `time (${m[1]}) before this case’s last event (${m[2]}); record a correction as a new event`],
  [/^waktu tidak sah \((.*)\)$/, (m) => `invalid time (${m[1]})`],
  [/^waktu selesai tidak sah \((.*)\)$/, (m) => `invalid finish time (${m[1]})`],
  [/^orang ke-(\d+) tidak ada dalam kasus ini$/, (m) => `person ${m[1]} is not in this case`],
  [/^kelengkapan ke-(\d+) tidak sah$/, (m) => `requirement ${m[1]} is not valid`],
  [/^"Diteruskan kepada" wajib diisi$/, () => '"Forwarded to" is required'],
  [/^Diteruskan kepada wajib diisi$/, () => '"Forwarded to" is required'],
  [/^peristiwa (.*) tidak ada dalam kasus ini$/, (m) => `event ${m[1]} is not in this case`],
  [/^hanya peristiwa otomatis yang dapat dibatalkan; koreksi langkah manual dengan peristiwa baru$/, () => 'only automatic events can be undone; correct a manual step with a new event'],
  [/^peristiwa ini sudah dibatalkan$/, () => 'this event was undone already'],
  [/^langkah (\d+) sudah berjalan sejak (.*)$/, (m) => `step ${m[1]} has been running since ${m[2]}`],
  [/^langkah (\d+) sudah selesai; untuk mengerjakannya lagi pilih "Ulangi langkah" dengan alasan \(dihitung sebagai pengerjaan ulang\)$/, (m) => `step ${m[1]} is done; to do it again choose "Redo step" with a reason (counted as rework)`],
  [/^langkah (\d+) belum pernah dikerjakan; mulai saja tanpa "ulangi"$/, (m) => `step ${m[1]} was never done; just start it, without "redo"`],
  [/^langkah (\d+) belum dimulai$/, (m) => `step ${m[1]} has not started`],
  [/^(.+) tidak sah: (.*)$/s, (m, tr) => `${RECORD[m[1]] ?? m[1]} invalid: ${tr(m[2])}`],
  [/^Waktu tidak boleh di masa depan\.$/, () => 'The time cannot be in the future.'],
  [/^Waktu mulai tidak boleh di masa depan\.$/, () => 'The start time cannot be in the future.'],

  // ---- messages between the panel, the pages and the background (lib/messaging) ----
  [/^Jenis pesan tidak dikenal: (.*)$/, (m) => `Unknown message type: ${m[1]}`],
  [/^Pesan (\S+) tidak valid: (.*)$/s, (m, tr) => `Message ${m[1]} invalid: ${tr(m[2])}`],
  [/^Balasan (\S+) tidak sesuai kontrak: (.*)$/s, (m, tr) => `Reply ${m[1]} does not fit the contract: ${tr(m[2])}`],
  [/^Balasan (\S+) dari latar belakang tidak valid\.$/, (m) => `Invalid ${m[1]} reply from the background.`],
  [/^\(pesan\)$/, () => '(message)'],
  [/^Panel hanya dapat dibuka dari halaman Pandu\.$/, () => 'The panel can be opened from Pandu’s own pages only.'],
];

/** Names of records in "<record> tidak sah: …" (lib/log parseOrThrow). */
const RECORD: Record<string, string> = {
  'Peristiwa kasus': 'Case event',
  'Data kasus': 'Case data',
  'Data langkah': 'Step data',
  'Data masalah pengenalan': 'Recognition problem data',
  'Profil halaman': 'Page profile',
  'Tanggal surat': 'Letter date',
};

/** What a reason is asked for (lib/log/ledger). */
const REASON_FOR: Record<string, string> = {
  'menunda kasus (mis. menunggu kelengkapan)': 'putting the case on hold (e.g. waiting for documents)',
  'membatalkan kasus': 'cancelling the case',
  'membuka kembali kasus': 'reopening the case',
};

/** `path: message` (a JSON path has no spaces) and `a; b` lists. */
const PATH_MESSAGE = /^([\w$.[\]()-]+|\(berkas\)|\(pesan\)): (.+)$/s;

function english(message: string): string {
  const parts = message.split(/; (?=(?:[\w$.[\]()-]+|\(berkas\)|\(pesan\)): )/);
  if (parts.length > 1) return parts.map(english).join('; ');
  for (const [re, to] of RULES) {
    const m = re.exec(message);
    if (m) return to(m, english);
  }
  const pm = PATH_MESSAGE.exec(message);
  if (pm) return `${pm[1] === '(berkas)' ? '(file)' : pm[1] === '(pesan)' ? '(message)' : pm[1]}: ${english(pm[2])}`;
  return message;
}

/** A message from lib/ in the interface's language. */
export function messageIn(lang: Lang, message: string): string {
  return lang === 'id' ? message : english(message);
}

/** An error (or anything thrown) as a message in the interface's language. */
export function errorMessageIn(lang: Lang, err: unknown): string {
  return messageIn(lang, err instanceof Error ? err.message : String(err));
}
