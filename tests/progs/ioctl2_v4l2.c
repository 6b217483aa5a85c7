/* ioctl2_v4l2: video4linux2 requests (<linux/videodev2.h>) on fd -1:
 * querycap, enum_fmt, g/s/try_fmt with single-planar pixel formats and
 * other buffer types, g/s_parm, enum_framesizes, enum_frameintervals,
 * reqbufs, querybuf/qbuf/dqbuf, streamon/off, g/s_ctrl, queryctrl, g/s_input,
 * g/s_std, enuminput, cropcap, g/s_crop; with fourccs named, unnamed and
 * not printable, unknown enums and flags, and NULL, unmapped and partly
 * readable arguments. */
#include <linux/videodev2.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ioctl2_calls.h"

static void caps(void)
{
	struct v4l2_capability cap;

	memset(&cap, 0, sizeof(cap));
	strcpy((char *)cap.driver, "uvcvideo");
	strcpy((char *)cap.card, "Cam \"1\"");
	memset(cap.bus_info, 'b', sizeof(cap.bus_info));
	cap.version = 0x50f07;
	cap.capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING |
			   V4L2_CAP_DEVICE_CAPS | 0x40000000;
	cap.device_caps = V4L2_CAP_VIDEO_CAPTURE;
	CALLS(VIDIOC_QUERYCAP, cap);
	cap.capabilities = 0;
	cap.device_caps = 0;
	CALLS(VIDIOC_QUERYCAP, cap);
	cap.capabilities = 1;
	cap.device_caps = 0x40000000;
	CALLS(VIDIOC_QUERYCAP, cap);
	cap.capabilities = V4L2_CAP_DEVICE_CAPS;
	cap.device_caps = 0;
	CALLS(VIDIOC_QUERYCAP, cap);
}

static void formats(void)
{
	static const uint32_t fourccs[] = {
		V4L2_PIX_FMT_MJPEG,
		V4L2_PIX_FMT_YUYV,
		V4L2_PIX_FMT_NV12,
		v4l2_fourcc('a', '\'', '\\', 1),
		v4l2_fourcc_be('A', 'B', 'C', 'D'),
		0,
	};
	static const uint32_t types[] = {1, 2, 3, 9, 0, 99};
	struct v4l2_fmtdesc fd;
	struct v4l2_format f;

	memset(&fd, 0, sizeof(fd));
	strcpy((char *)fd.description, "Motion-JPEG");
	for (size_t i = 0; i < sizeof(fourccs) / sizeof(fourccs[0]); i++) {
		fd.index = (uint32_t)i;
		fd.type = i == 4 ? 99 : V4L2_BUF_TYPE_VIDEO_CAPTURE;
		fd.flags = i == 1   ? 0
			   : i == 2 ? 0x8001
				    : V4L2_FMT_FLAG_COMPRESSED;
		fd.pixelformat = fourccs[i];
		CALLS(VIDIOC_ENUM_FMT, fd);
	}
	memset(&f, 0, sizeof(f));
	f.fmt.pix.width = 640;
	f.fmt.pix.height = 480;
	f.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
	f.fmt.pix.field = V4L2_FIELD_NONE;
	f.fmt.pix.bytesperline = 1280;
	f.fmt.pix.sizeimage = 614400;
	f.fmt.pix.colorspace = V4L2_COLORSPACE_SRGB;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		f.type = types[i];
		if (types[i] == 2) {
			f.fmt.pix.field = 77;
			f.fmt.pix.colorspace = 99;
			f.fmt.pix.pixelformat = 0x20202020;
		}
		if (types[i] == 3 || types[i] == 9)
			continue; /* their own union members: not decoded */
		CALLS(VIDIOC_G_FMT, f);
		CALLS(VIDIOC_S_FMT, f);
		CALLS(VIDIOC_TRY_FMT, f);
	}
}

static void params(void)
{
	struct v4l2_streamparm sp;
	struct v4l2_frmsizeenum fs;
	struct v4l2_frmivalenum fi;

	memset(&sp, 0, sizeof(sp));
	sp.parm.capture.capability = V4L2_CAP_TIMEPERFRAME | 1;
	sp.parm.capture.capturemode = V4L2_MODE_HIGHQUALITY | 2;
	sp.parm.capture.timeperframe.numerator = 1;
	sp.parm.capture.timeperframe.denominator = 30;
	sp.parm.capture.extendedmode = 5;
	sp.parm.capture.readbuffers = 2;
	for (uint32_t t = 0; t < 4; t++) {
		sp.type = t;
		CALLS(VIDIOC_G_PARM, sp);
		CALLS(VIDIOC_S_PARM, sp);
	}
	sp.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	sp.parm.capture.capability = 0;
	sp.parm.capture.capturemode = 0;
	CALLS(VIDIOC_S_PARM, sp);

	memset(&fs, 0, sizeof(fs));
	fs.index = 2;
	fs.pixel_format = V4L2_PIX_FMT_MJPEG;
	fs.stepwise.min_width = 1;
	fs.stepwise.max_width = 2;
	fs.stepwise.step_width = 3;
	fs.stepwise.min_height = 4;
	fs.stepwise.max_height = 5;
	fs.stepwise.step_height = 6;
	for (uint32_t t = 0; t < 5; t++) {
		fs.type = t;
		CALLS(VIDIOC_ENUM_FRAMESIZES, fs);
	}
	memset(&fi, 0, sizeof(fi));
	fi.pixel_format = V4L2_PIX_FMT_YUYV;
	fi.width = 640;
	fi.height = 480;
	fi.stepwise.min.numerator = 1;
	fi.stepwise.min.denominator = 30;
	fi.stepwise.max.numerator = 1;
	fi.stepwise.max.denominator = 5;
	fi.stepwise.step.numerator = 1;
	fi.stepwise.step.denominator = 1;
	for (uint32_t t = 0; t < 5; t++) {
		fi.type = t;
		CALLS(VIDIOC_ENUM_FRAMEINTERVALS, fi);
	}
}

static void buffers(void)
{
	struct v4l2_requestbuffers rb = {
		.count = 4,
		.type = V4L2_BUF_TYPE_VIDEO_CAPTURE,
		.memory = V4L2_MEMORY_MMAP,
	};
	uint32_t t;

	CALLS(VIDIOC_REQBUFS, rb);
	rb.memory = 0;
	rb.type = 0x80;
	CALLS(VIDIOC_REQBUFS, rb);
	rb.memory = 9;
	rb.type = 15;
	CALLS(VIDIOC_REQBUFS, rb);
	static const uint32_t flags[] = {
		0,
		1,
		0x40000000,
		0x2000,
		0x4000 | 0x10000,
		0x7e000,
		0x3,
		V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC |
			0x40000000,
	};
	struct v4l2_buffer b;

	memset(&b, 0, sizeof(b));
	b.index = 1;
	b.bytesused = 100;
	b.field = V4L2_FIELD_NONE;
	b.timestamp.tv_sec = 5;
	b.timestamp.tv_usec = 6;
	b.sequence = 3;
	b.m.offset = 0x1000;
	b.length = 4096;
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
		b.type = i & 1 ? V4L2_BUF_TYPE_VIDEO_OUTPUT
			       : V4L2_BUF_TYPE_VIDEO_CAPTURE;
		b.memory = (uint32_t)(i % 6);
		if (b.memory == V4L2_MEMORY_USERPTR)
			b.m.userptr = 0x7000;
		b.flags = flags[i];
		CALLS(VIDIOC_QUERYBUF, b);
		CALLS(VIDIOC_QBUF, b);
		CALLS(VIDIOC_DQBUF, b);
	}
	t = V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE;
	CALLS(VIDIOC_STREAMON, t);
	t = 77;
	CALLS(VIDIOC_STREAMOFF, t);
}

static void controls(void)
{
	static const uint32_t ids[] = {
		V4L2_CID_BRIGHTNESS,
		V4L2_CID_CONTRAST,
		V4L2_CID_HUE,
		V4L2_CID_EXPOSURE_ABSOLUTE,
		V4L2_CID_FOCUS_AUTO,
		1,
		0x980999,
	};
	struct v4l2_control c;
	struct v4l2_queryctrl q;

	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		c.id = ids[i];
		c.value = (int32_t)i - 3;
		CALLS(VIDIOC_G_CTRL, c);
		CALLS(VIDIOC_S_CTRL, c);
	}
	memset(&q, 0, sizeof(q));
	q.type = V4L2_CTRL_TYPE_INTEGER;
	strcpy((char *)q.name, "Brightness");
	q.minimum = -64;
	q.maximum = 64;
	q.step = 1;
	q.flags = V4L2_CTRL_FLAG_SLIDER | 0x10000;
	q.id = V4L2_CID_BRIGHTNESS;
	CALLS(VIDIOC_QUERYCTRL, q);
	q.id = V4L2_CID_BRIGHTNESS | V4L2_CTRL_FLAG_NEXT_CTRL;
	CALLS(VIDIOC_QUERYCTRL, q);
	q.id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND |
	       0x980999;
	q.type = 99;
	q.flags = 0;
	CALLS(VIDIOC_QUERYCTRL, q);
}

static void inputs(void)
{
	struct v4l2_input inp;
	struct v4l2_cropcap cc;
	struct v4l2_crop cr = {V4L2_BUF_TYPE_VIDEO_CAPTURE, {-1, 2, 3, 4}};
	int in = 2;
	v4l2_std_id std = V4L2_STD_PAL;

	CALLS(VIDIOC_S_INPUT, in);
	CALLS(VIDIOC_G_INPUT, in);
	CALLS(VIDIOC_S_STD, std);
	CALLS(VIDIOC_G_STD, std);
	memset(&inp, 0, sizeof(inp));
	inp.index = 1;
	strcpy((char *)inp.name, "Camera 1");
	inp.type = V4L2_INPUT_TYPE_CAMERA;
	CALLS(VIDIOC_ENUMINPUT, inp);
	inp.type = 9;
	CALLS(VIDIOC_ENUMINPUT, inp);
	memset(&cc, 0, sizeof(cc));
	cc.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	cc.bounds.width = 640;
	cc.bounds.left = -8;
	cc.defrect.height = 480;
	cc.pixelaspect.numerator = 54;
	cc.pixelaspect.denominator = 59;
	CALLS(VIDIOC_CROPCAP, cc);
	CALLS(VIDIOC_G_CROP, cr);
	CALLS(VIDIOC_S_CROP, cr);
	cr.type = 0;
	CALLS(VIDIOC_S_CROP, cr);
}

int main(void)
{
	calls_setup();
	caps();
	formats();
	params();
	buffers();
	controls();
	inputs();
	return 0;
}
