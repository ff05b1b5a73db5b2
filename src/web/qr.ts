// The TOTP enrolment QR code, drawn on the server as SVG: no script, no third-party service.
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // The figure around it carries the accessible name; the SVG itself is decoration.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
