"""Writes one small CT series per transfer syntax for the glimpse load test against Orthanc, and beside each
file the stored values an independent decoder gives: make_series.py OUT_DIR SLICES SIZE.

Native files are written with pydicom; dcmtk compresses them (dcmcjpls: JPEG-LS lossless, dcmcjpeg: JPEG
Lossless SV1) and decodes them back (dcmdjpls, dcmdjpeg); the JPEG 2000 codestream comes from opj_compress
and is decoded by opj_decompress. Each expected frame is written as <SOPInstanceUID>.expected (little endian,
the stored values). Prints a JSON manifest of the series.

An optional fourth argument, a comma-separated list of transfer syntax UIDs, writes only those series (the
transport's Orthanc test needs the native one only).
"""
import json
import os
import subprocess
import sys

import numpy as np
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

out, slices, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(11)


def native(path, study, series, index):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID = study, series, generate_uid()
    ds.PatientName, ds.PatientID, ds.Modality = "Glimpse^Load", "GLIMPSE-2", "CT"
    ds.InstanceNumber = index + 1
    ds.ImagePositionPatient = [0.0, 0.0, float(index)]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [0.5, 0.5]
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ramp = np.add.outer(np.arange(size), np.arange(size) * 3) + index * 40
    pixels = (ramp + rng.integers(0, 200, (size, size))).astype(np.uint16) & 0x0FFF
    ds.PixelData = pixels.tobytes()
    ds.save_as(path, write_like_original=False)
    return ds


def run(*command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stored_values(path):
    ds = pydicom.dcmread(path)
    return ds.pixel_array.astype("<u2").tobytes()


def j2k(source, target, work):
    """Encapsulates an opj_compress lossless codestream; the expected values are opj_decompress's."""
    ds = pydicom.dcmread(source)
    raw = os.path.join(work, "frame.rawl")
    with open(raw, "wb") as f:
        f.write(ds.pixel_array.astype("<u2").tobytes())
    codestream = os.path.join(work, "frame.j2k")
    run("opj_compress", "-i", raw, "-o", codestream, "-F", f"{size},{size},1,12,u")
    with open(codestream, "rb") as f:
        ds.PixelData = encapsulate([f.read()])
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.90"
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds["PixelData"].is_undefined_length = True
    ds["PixelData"].VR = "OB"
    ds.save_as(target, write_like_original=False)
    decoded = os.path.join(work, "decoded.rawl")
    run("opj_decompress", "-i", codestream, "-o", decoded)
    with open(decoded, "rb") as f:
        return f.read()


def dcmtk(compress, decompress, options):
    def convert(source, target, work):
        run(compress, *options, source, target)
        back = os.path.join(work, "back.dcm")
        run(decompress, target, back)
        return stored_values(back)
    return convert


forms = {
    "1.2.840.10008.1.2.1": None,
    "1.2.840.10008.1.2.4.80": dcmtk("dcmcjpls", "dcmdjpls", []),
    "1.2.840.10008.1.2.4.70": dcmtk("dcmcjpeg", "dcmdjpeg", ["+e1"]),
    "1.2.840.10008.1.2.4.90": j2k,
}
wanted = sys.argv[4].split(",") if len(sys.argv) > 4 else list(forms)
unknown = [s for s in wanted if s not in forms]
if unknown:
    sys.exit(f"no series form for transfer syntax {unknown}; known: {list(forms)}")
manifest = []
for syntax in wanted:
    convert = forms[syntax]
    study, series = generate_uid(), generate_uid()
    entry = {"transferSyntax": syntax, "study": study, "series": series, "instances": []}
    for i in range(slices):
        source = os.path.join(out, f"{syntax}-{i + 1:03d}-native.dcm")
        ds = native(source, study, series, i)
        target = source
        expected = ds.pixel_array.astype("<u2").tobytes()
        if convert is not None:
            target = os.path.join(out, f"{syntax}-{i + 1:03d}.dcm")
            expected = convert(source, target, out)
            os.remove(source)
        if pydicom.dcmread(target).file_meta.TransferSyntaxUID != syntax:
            sys.exit(f"{target} is not in {syntax}")
        with open(os.path.join(out, ds.SOPInstanceUID + ".expected"), "wb") as f:
            f.write(expected)
        entry["instances"].append({"sopInstanceUid": ds.SOPInstanceUID, "file": target})
    manifest.append(entry)
print(json.dumps(manifest))
