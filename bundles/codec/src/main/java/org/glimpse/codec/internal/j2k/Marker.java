package org.glimpse.codec.internal.j2k;

/** JPEG 2000 Part 1 (ITU-T T.800 Annex A) and Part 15 marker codes used by the inspector. */
final class Marker {
    static final int SOC = 0xFF4F;
    static final int CAP = 0xFF50;
    static final int SIZ = 0xFF51;
    static final int COD = 0xFF52;
    static final int COC = 0xFF53;
    static final int TLM = 0xFF55;
    static final int PLM = 0xFF57;
    static final int PLT = 0xFF58;
    static final int QCD = 0xFF5C;
    static final int QCC = 0xFF5D;
    static final int RGN = 0xFF5E;
    static final int POC = 0xFF5F;
    static final int PPM = 0xFF60;
    static final int PPT = 0xFF61;
    static final int CRG = 0xFF63;
    static final int COM = 0xFF64;
    static final int SOT = 0xFF90;
    static final int SOP = 0xFF91;
    static final int EPH = 0xFF92;
    static final int SOD = 0xFF93;
    static final int EOC = 0xFFD9;

    private Marker() {
    }

    static String name(int code) {
        return switch (code) {
            case SOC -> "SOC";
            case CAP -> "CAP";
            case SIZ -> "SIZ";
            case COD -> "COD";
            case COC -> "COC";
            case TLM -> "TLM";
            case PLM -> "PLM";
            case PLT -> "PLT";
            case QCD -> "QCD";
            case QCC -> "QCC";
            case RGN -> "RGN";
            case POC -> "POC";
            case PPM -> "PPM";
            case PPT -> "PPT";
            case CRG -> "CRG";
            case COM -> "COM";
            case SOT -> "SOT";
            case SOP -> "SOP";
            case EPH -> "EPH";
            case SOD -> "SOD";
            case EOC -> "EOC";
            default -> String.format("0x%04X", code);
        };
    }
}
