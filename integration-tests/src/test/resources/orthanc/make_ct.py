"""Writes a small CT series (explicit VR little endian) for the Orthanc test: make_ct.py OUT_DIR SLICES SIZE.

Pixel values are a fixed-seed ramp plus noise, so every run writes the same images.
"""
import sys
import numpy as np
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

out, slices, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(7)
study, series, frame_of_ref = generate_uid(), generate_uid(), generate_uid()
for i in range(slices):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID = study, series, frame_of_ref
    ds.PatientName, ds.PatientID, ds.Modality = "Glimpse^Test", "GLIMPSE-1", "CT"
    ds.InstanceNumber = i + 1
    ds.ImagePositionPatient = [0.0, 0.0, float(i)]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [0.5, 0.5]
    ds.SliceThickness = 1.0
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ramp = np.add.outer(np.arange(size), np.arange(size)) * 4 + i * 16
    pixels = (ramp + rng.integers(0, 32, (size, size))).astype(np.uint16) & 0x0FFF
    ds.PixelData = pixels.tobytes()
    ds.save_as(f"{out}/ct-{i + 1:03d}.dcm", write_like_original=False)
print(study, series)
