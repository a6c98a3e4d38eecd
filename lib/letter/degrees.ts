/**
 * Academic and professional titles written after (or before) a name in Indonesian letters, in their
 * usual spelling. A scan's misread title is put back against this list only (scan-repair.ts
 * `repairTitles`); a title not listed is left as it was read.
 */
export const DEGREES: readonly string[] = [
  // Diploma (Ahli Madya) and their fields.
  'A.Md.', 'A.Md.Ak.', 'A.Md.Kom.', 'A.Md.Kes.', 'A.Md.Kep.', 'A.Md.Keb.', 'A.Md.T.', 'A.Md.Farm.', 'A.Md.Gz.', 'A.Md.Par.', 'A.Ma.', 'A.Ma.Pd.',
  // Sarjana (S1) and Sarjana Terapan.
  'S.E.', 'S.T.', 'S.H.', 'S.Kom.', 'S.Ak.', 'S.P.', 'S.Pd.', 'S.Pd.I.', 'S.Pd.SD.', 'S.Sos.', 'S.IP.', 'S.I.P.', 'S.AP.', 'S.A.P.', 'S.Si.', 'S.Si.T.', 'S.SiT.', 'S.ST.',
  'S.Ag.', 'S.Hut.', 'S.Pi.', 'S.Pt.', 'S.TP.', 'S.KM.', 'S.K.M.', 'S.Kep.', 'S.Keb.', 'S.Farm.', 'S.Kes.', 'S.Psi.', 'S.Gz.', 'S.Ked.', 'S.KG.', 'S.Sn.', 'S.Ds.', 'S.S.',
  'S.Hum.', 'S.I.Kom.', 'S.IKom.', 'S.H.I.', 'S.Th.I.', 'S.Sy.', 'S.E.I.', 'S.Tr.', 'S.Tr.Ak.', 'S.Tr.Akt.', 'S.Tr.Kes.', 'S.Tr.Keb.', 'S.Tr.T.', 'S.Tr.IP.', 'S.Stat.', 'S.Mat.', 'S.Ars.', 'S.PWK.',
  'S.Kel.', 'S.I.Pem.', 'S.STP.', 'S.IK.', 'S.Adm.', 'S.M.',
  // Magister (S2).
  'M.T.', 'M.Ak.', 'M.Si.', 'M.M.', 'M.H.', 'M.Eng.', 'M.Acc.', 'M.Kes.', 'M.Pd.', 'M.Pd.I.', 'M.P.', 'M.Sc.', 'M.Cs.', 'M.Kom.', 'M.AP.', 'M.A.P.', 'M.A.', 'M.Hum.', 'M.Ag.',
  'M.Si.Ak.', 'M.E.', 'M.Kn.', 'M.Psi.', 'M.Sos.', 'M.Farm.', 'M.KM.', 'M.Kep.', 'M.PH.', 'M.PWK.', 'M.Stat.', 'M.IP.', 'M.Tr.', 'M.B.A.', 'MBA', 'M.Ec.Dev.', 'M.Ed.', 'M.Phil.',
  // Doctors, specialists, professions, honorific prefixes.
  'Dr.', 'Dr.Ir.', 'Drs.', 'Dra.', 'Ir.', 'dr.', 'drg.', 'Sp.PD', 'Sp.A', 'Sp.OG', 'Sp.B', 'Sp.An', 'Sp.M', 'Sp.THT', 'Sp.JP', 'Sp.Rad', 'Sp.PK', 'Sp.KK', 'Sp.S', 'Sp.N', 'Sp.P', 'Sp.KJ',
  'Ns.', 'Apt.', 'Ak.', 'Ph.D.', 'Lc.', 'H.', 'Hj.', 'Prof.',
  // Certificates written as titles.
  'CA', 'CPA', 'CFrA', 'CSFA', 'CGAP', 'QIA', 'CRMP', 'CRGP', 'CIA', 'CFE', 'IPM', 'IPU',
];
